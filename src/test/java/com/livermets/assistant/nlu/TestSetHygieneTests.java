package com.livermets.assistant.nlu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Test questions must never leak into training data, or the accuracy we report is a
 * memory test.
 */
class TestSetHygieneTests {

	private static final Pattern EVAL_TEXT = Pattern.compile("\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static Set<String> training;

	@BeforeAll
	static void readTrainingExamples() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("intents"))) {
			training = files.filter((path) -> path.toString().endsWith(".txt"))
				// Example questions only: intents/*.txt and the "not ours" examples, not
				// the lexicon or safety rules.
				.filter((path) -> path.getParent().equals(Path.of("intents"))
						|| path.getParent().equals(Path.of("intents", "out-of-scope")))
				.flatMap(TestSetHygieneTests::lines)
				.filter((line) -> !line.startsWith("#"))
				.map(TestSetHygieneTests::key)
				.collect(Collectors.toSet());
		}
	}

	@Test
	void heldOutQuestionsAreNotTrainingExamples() throws IOException {
		List<String> heldOut = lines(Path.of("src/test/resources/nlu/heldout.tsv"))
			.filter((line) -> line.contains("\t"))
			.map((line) -> key(line.substring(line.indexOf('\t') + 1)))
			.toList();
		assertThat(heldOut).isNotEmpty().doesNotContainAnyElementsOf(training);
	}

	@Test
	void outOfScopeTestQuestionsAreNotTrainingExamples() throws IOException {
		List<String> outOfScope = lines(Path.of("src/test/resources/nlu/out-of-scope.txt"))
			.map(TestSetHygieneTests::key)
			.toList();
		assertThat(outOfScope).isNotEmpty().doesNotContainAnyElementsOf(training);
	}

	@Test
	void publicEvaluationQuestionsAreNotTrainingExamples() throws IOException {
		Path publicSet = Path.of("../shared/eval/public.jsonl");
		assumeTrue(Files.exists(publicSet), "no ../shared checkout beside the project");
		Matcher matcher = EVAL_TEXT.matcher(Files.readString(publicSet));
		List<String> questions = matcher.results().map((result) -> key(result.group(1))).toList();
		assertThat(questions).isNotEmpty().doesNotContainAnyElementsOf(training);
	}

	private static Stream<String> lines(Path path) {
		try {
			return Files.readAllLines(path).stream().map(String::strip).filter((line) -> !line.isEmpty());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Case, punctuation and spacing do not make a question new. */
	private static String key(String question) {
		return question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

}
