package com.livermets.assistant.documentation;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.livermets.assistant.ratelimit.RateLimitProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds {@code docs/configuration.md} to the configuration metadata that
 * {@code spring-boot-configuration-processor} writes from the
 * {@code @ConfigurationProperties} records, so the reference cannot drift from the code:
 * every {@code assistant.*} key of the code is documented, every documented key exists,
 * and a default written in backticks is the code's. Reads files only; no Spring context.
 */
class ConfigurationReferenceTests {

	static final Path REFERENCE = Path.of("docs/configuration.md");

	/**
	 * A table row whose first cell is one key in backticks:
	 * {@code | `key` | default | meaning |}.
	 */
	private static final Pattern ROW = Pattern.compile("^\\|\\s*`([a-z0-9.-]+)`\\s*\\|([^|]*)\\|.*\\|\\s*$");

	/**
	 * A cell that is exactly one value in backticks, e.g. {@code `30s`}: a default the
	 * test can compare.
	 */
	private static final Pattern QUOTED = Pattern.compile("^`([^`]*)`$");

	private static final String NONE = "(none)";

	private static Map<String, JsonNode> metadata;

	private static List<String> reference;

	private static Map<String, String> documented;

	@BeforeAll
	static void read() throws IOException {
		metadata = ConfigurationMetadata.onTheClasspath();
		reference = Files.readAllLines(REFERENCE);
		documented = documentedKeys(reference);
	}

	@Test
	void theBuildWritesMetadataForTheServiceSettings() {
		assertThat(ours())
			.as("assistant.* keys in META-INF/spring-configuration-metadata.json: is "
					+ "spring-boot-configuration-processor still an annotation processor of the build?")
			.hasSizeGreaterThan(50)
			.contains("assistant.chat.max-message-length", "assistant.safety.semantic.crisis");
	}

	@Test
	void everySettingOfTheCodeIsDocumented() {
		Set<String> missing = new TreeSet<>(ours());
		missing.removeAll(documented.keySet());
		assertThat(missing).as("assistant.* settings of the code missing from " + REFERENCE).isEmpty();
	}

	@Test
	void everyDocumentedSettingExists() {
		Set<String> unknown = new TreeSet<>(documented.keySet());
		unknown.removeAll(metadata.keySet());
		assertThat(unknown).as("keys in " + REFERENCE + " that no configuration metadata on the classpath knows")
			.isEmpty();
	}

	@Test
	void everyDocumentedDefaultOfTheServiceIsTheCodes() {
		List<String> wrong = new ArrayList<>();
		documented.forEach((key, cell) -> {
			JsonNode property = metadata.get(key);
			if (!key.startsWith("assistant.") || property == null) {
				return;
			}
			String actual = defaultOf(property);
			Matcher quoted = QUOTED.matcher(cell);
			if (quoted.matches() && !sameValue(quoted.group(1), actual)) {
				wrong.add(key + ": documented `" + quoted.group(1) + "`, the code's default is " + actual);
			}
			if (cell.equals(NONE) && !actual.isEmpty()) {
				wrong.add(key + ": documented " + NONE + ", the code's default is " + actual);
			}
		});
		assertThat(wrong).as("defaults in " + REFERENCE).isEmpty();
	}

	@Test
	void theRateLimitDefaultsWrittenByHandAreTheOnesTheCodeApplies() {
		// The nested limits get their defaults in RateLimitProperties' constructor, which
		// the processor cannot
		// read, so META-INF/additional-spring-configuration-metadata.json states them;
		// this keeps the two equal.
		RateLimitProperties bound = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("assistant.rate-limit", RateLimitProperties.class);
		assertThat(defaultOf(metadata.get("assistant.rate-limit.per-session.limit")))
			.isEqualTo(String.valueOf(bound.perSession().limit()));
		assertThat(defaultOf(metadata.get("assistant.rate-limit.per-client.limit")))
			.isEqualTo(String.valueOf(bound.perClient().limit()));
		assertThat(defaultOf(metadata.get("assistant.rate-limit.per-phone.limit")))
			.isEqualTo(String.valueOf(bound.perPhone().limit()));
	}

	@Test
	void aKeyIsDocumentedOnce() {
		List<String> keys = reference.stream()
			.map(ROW::matcher)
			.filter(Matcher::matches)
			.map((row) -> row.group(1))
			.toList();
		assertThat(keys).hasSameSizeAs(documented.keySet()).doesNotHaveDuplicates();
	}

	private static Set<String> ours() {
		return metadata.keySet().stream().filter((key) -> key.startsWith("assistant.")).collect(Collectors.toSet());
	}

	/**
	 * Every key of every metadata file on the classpath: the service's and Spring Boot's
	 * own.
	 */
	/** Key to its default cell, for every row of the reference's tables. */
	private static Map<String, String> documentedKeys(List<String> lines) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (String line : lines) {
			Matcher row = ROW.matcher(line);
			if (row.matches()) {
				keys.put(row.group(1), row.group(2).strip());
			}
		}
		return keys;
	}

	/**
	 * The metadata's default as the reference writes it: lists joined by commas, no
	 * default as "".
	 */
	private static String defaultOf(JsonNode property) {
		JsonNode value = property.path("defaultValue");
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		if (value.isArray()) {
			return StreamSupport.stream(value.spliterator(), false)
				.map(JsonNode::asString)
				.collect(Collectors.joining(","));
		}
		String text = value.asString();
		// the processor writes a list default of several values as one string: "[a, b]"
		if (property.path("type").asString().startsWith("java.util.List") && text.startsWith("[")
				&& text.endsWith("]")) {
			return text.substring(1, text.length() - 1);
		}
		return text;
	}

	/** Numbers compare by value ("0.60" is 0.6); lists ignore blanks after commas. */
	private static boolean sameValue(String documented, String actual) {
		String a = documented.replaceAll(",\\s+", ",");
		String b = actual.replaceAll(",\\s+", ",");
		if (a.equals(b)) {
			return true;
		}
		try {
			return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
