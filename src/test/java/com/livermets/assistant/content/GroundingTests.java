package com.livermets.assistant.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The answers must come from the source page: cited passages verbatim, reply wording
 * drawn from it.
 */
class GroundingTests {

	private static final Pattern WORD = Pattern.compile("[a-z]+");

	private static Content content;

	private static String source;

	@BeforeAll
	static void load() throws IOException {
		content = new ContentLoader(new DefaultResourceLoader(), ContentFixtures.defaults()).load();
		source = Files.readString(Path.of("source/liver-metastases.txt"), StandardCharsets.UTF_8);
	}

	@Test
	void everyCitedPassageIsVerbatimInTheProjectCopyOfTheSource() {
		for (Response response : content.responses().values()) {
			for (SourcePassage passage : response.sources()) {
				assertThat(source).as("%s cites", response.intent()).contains(passage.passage());
			}
		}
	}

	@Test
	void projectCopyOfTheSourceMatchesTheSharedOriginal() throws IOException {
		Path shared = Path.of("../shared/source/liver-metastases.txt");
		assumeTrue(Files.exists(shared), "no ../shared checkout beside the project");
		assertThat(source).isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
	}

	@Test
	void everyIntentHasAResponseAndEveryResponseAnIntent() {
		assertThat(content.responses().keySet()).containsExactlyInAnyOrderElementsOf(content.examples().keySet());
	}

	@Test
	void answersCiteSourcesAndOtherKindsCiteNone() {
		for (Response response : content.responses().values()) {
			if (response.kind() == ResponseKind.ANSWER) {
				assertThat(response.sources()).as(response.intent()).isNotEmpty();
				assertThat(response.followUps()).as(response.intent()).hasSizeBetween(1, 3);
			}
			else {
				assertThat(response.sources()).as(response.intent()).isEmpty();
			}
		}
	}

	@Test
	void answerWordingIsDrawnFromTheSourcePage() throws IOException {
		Set<String> sourceStems = stems(source);
		Set<String> allowed = stems(String.join(" ", allowedWords()));
		for (Response response : content.responses().values()) {
			if (response.kind() != ResponseKind.ANSWER) {
				continue;
			}
			for (String text : new String[] { response.shortText(), response.longText() }) {
				if (text == null) {
					continue;
				}
				Set<String> foreign = new TreeSet<>(stems(text));
				foreign.removeAll(sourceStems);
				foreign.removeAll(allowed);
				foreign.removeIf((stem) -> stem.length() <= 2);
				assertThat(foreign).as("words of %s not found in the source page", response.intent()).isEmpty();
			}
		}
	}

	@Test
	void contentAnswersCarryEnoughExamplesToLearnFrom() {
		content.responses()
			.values()
			.stream()
			.filter((response) -> response.kind() == ResponseKind.ANSWER)
			.forEach((response) -> assertThat(content.examples().get(response.intent())).as(response.intent())
				.hasSizeGreaterThanOrEqualTo(15));
	}

	private static List<String> allowedWords() throws IOException {
		try (Stream<String> lines = Files.lines(Path.of("src/test/resources/grounding/allowed-words.txt"))) {
			return lines.map(String::strip).filter((line) -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
	}

	/**
	 * Crude stems so "destroy"/"destroyed" or "tumor"/"tumors" count as the same word.
	 */
	private static Set<String> stems(String text) {
		Set<String> stems = new HashSet<>();
		Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
		while (matcher.find()) {
			stems.add(stem(matcher.group()));
		}
		return stems;
	}

	private static String stem(String word) {
		for (String suffix : new String[] { "ing", "ed", "es", "s", "ly" }) {
			if (word.length() > suffix.length() + 3 && word.endsWith(suffix)) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

}
