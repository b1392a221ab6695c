package com.livermets.assistant.documentation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and the pages under {@code docs/} and {@code intents/} link to each other
 * and into the code; a moved section or a renamed file must not leave a newcomer at a
 * dead link. Checks every relative link (file and {@code #anchor}, with GitHub's heading
 * anchors) and keeps the README short. Reads files only.
 */
class DocumentationLinksTests {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

	private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

	@Test
	void everyRelativeLinkLeadsSomewhere() throws IOException {
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Path page : pages()) {
			for (String target : links(page)) {
				if (target.matches("^[a-z]+:.*")) {
					continue; // http:, https:, mailto: are not ours to check offline
				}
				checked++;
				int hash = target.indexOf('#');
				String file = (hash < 0) ? target : target.substring(0, hash);
				Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
				if (!Files.exists(resolved)) {
					broken.add(page + ": " + target + " (no such file)");
				}
				else if (hash >= 0 && resolved.toString().endsWith(".md")
						&& !anchors(resolved).contains(target.substring(hash + 1))) {
					broken.add(page + ": " + target + " (no such heading)");
				}
			}
		}
		assertThat(checked).as("relative links found").isGreaterThan(30);
		assertThat(broken).isEmpty();
	}

	@Test
	void theReadmeStaysShort() throws IOException {
		// What a newcomer needs fits in 200 lines; the rest belongs under docs/, where it
		// can carry dates.
		assertThat(Files.readAllLines(Path.of("README.md"))).hasSizeLessThanOrEqualTo(200);
	}

	@Test
	void anchorsAreThoseGitHubMakes() {
		assertThat(anchor("`POST /api/chat`")).isEqualTo("post-apichat");
		assertThat(anchor("Operations: limits, errors, headers")).isEqualTo("operations-limits-errors-headers");
		assertThat(anchor("The turn, step by step (`chat.ChatService`)"))
			.isEqualTo("the-turn-step-by-step-chatchatservice");
	}

	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("intents/README.md")));
		try (Stream<Path> docs = Files.list(Path.of("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}

	/**
	 * Link targets outside code blocks and code spans, where brackets are code, not
	 * links.
	 */
	private static List<String> links(Path page) throws IOException {
		List<String> targets = new ArrayList<>();
		boolean inFence = false;
		for (String line : Files.readAllLines(page)) {
			if (FENCE.matcher(line).find()) {
				inFence = !inFence;
				continue;
			}
			if (inFence) {
				continue;
			}
			Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
			while (link.find()) {
				targets.add(link.group(1));
			}
		}
		return targets;
	}

	private static Set<String> anchors(Path page) throws IOException {
		Set<String> anchors = new HashSet<>();
		Map<String, Integer> seen = new HashMap<>();
		boolean inFence = false;
		for (String line : Files.readAllLines(page)) {
			if (FENCE.matcher(line).find()) {
				inFence = !inFence;
				continue;
			}
			Matcher heading = HEADING.matcher(line);
			if (!inFence && heading.matches()) {
				String anchor = anchor(heading.group(1));
				int repeat = seen.merge(anchor, 1, Integer::sum) - 1;
				anchors.add((repeat == 0) ? anchor : anchor + "-" + repeat);
			}
		}
		return anchors;
	}

	/**
	 * GitHub's rule: lower case, drop everything but letters, digits, blanks, '-' and
	 * '_', blanks become '-'.
	 */
	static String anchor(String heading) {
		return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
	}

}
