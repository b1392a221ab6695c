package com.livermets.assistant.safety;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The risk classifier's labelled messages are clinician-reviewed data: every mistake
 * stops the service and names its line, and no message of a set that still measures the
 * service may be learned from.
 */
class TrainingFileTests {

	private static final String NAME = "intents/safety/training.tsv";

	/**
	 * The sets whose one blind score is recorded (docs/safety.md) and that the training
	 * file may hold.
	 */
	private static final Set<String> SCORED = Set.of("blind", "blind-2", "blind-3", "blind-4", "blind-5", "dev",
			"dev-2", "dev-3", "blind-7");

	private static final String VALID = """
			# labelled
			crisis\tI keep thinking everyone would cope better if I just went to sleep for good.
			near_miss\tIs it normal to feel tired after the scan? I slept all afternoon.
			symptom\tMy eyes look a bit yellow today
			""";

	@Test
	void validFileIsReadNormalizedWithTheSentencesOfEachMessage() {
		List<TrainingFile.Labelled> labelled = parse(VALID);
		assertThat(labelled).extracting(TrainingFile.Labelled::level)
			.containsExactly(Triage.CRISIS, Triage.NONE, Triage.CONTACT_DOCTOR);
		assertThat(labelled.get(1).sentences()).hasSize(2);
		assertThat(labelled.get(2).sentences()).isEmpty();
		assertThat(labelled.get(2).line()).isEqualTo(4);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', value = { "symptom\t|emergent\t|4: unknown label 'emergent'",
			"'symptom\t'|'symptom '|4: expected '<label><TAB><message>', found 1 column(s)",
			"My eyes look a bit yellow today|is it normal to feel TIRED after the scan?  I slept all afternoon|4: the same message as line 3",
			"My eyes look a bit yellow today|!!!|4: empty message" })
	void brokenFileNamesTheLine(String original, String broken, String problem) {
		assertThatThrownBy(() -> parse(VALID.replace(original, broken))).isInstanceOf(ContentException.class)
			.hasMessageContaining(NAME + ":" + problem);
	}

	@Test
	void aFileWithoutCalmMessagesIsRefused() {
		assertThatThrownBy(() -> parse("crisis\tI want to die\n")).isInstanceOf(ContentException.class)
			.hasMessageContaining("needs both risk and near_miss messages");
	}

	/**
	 * A set is copied into the training file only after its one blind score: a set the
	 * classifier learned from would report what it memorised. Every packaged line must
	 * come from a scored set, and no line from a set that still measures the service (a
	 * new blind set is a folder under {@code safety/} that is not in {@link #SCORED}).
	 */
	@Test
	void packagedTrainingFileHoldsOnlyScoredSetsAndNoMessageOfAHeldOutSet() throws Exception {
		Set<String> scored = messagesOf(SCORED.toArray(String[]::new));
		scored.addAll(answerSetMessages("blind"));
		scored.addAll(answerSetMessages("dev"));
		Set<String> heldOut = new HashSet<>(answerSetMessages("blind-2"));
		// two of blind-3's messages were written word for word in answers/dev too
		// ("hiya",
		// a yellow-eyes report); learned from dev, they are no leak of blind-3
		Set<String> blindThree = answerSetMessages("blind-3");
		blindThree.removeAll(scored);
		heldOut.addAll(blindThree);
		for (String set : allSets()) {
			if (!SCORED.contains(set)) {
				heldOut.addAll(messagesOf(set));
			}
		}
		List<TrainingFile.Labelled> packaged = TrainingFile
			.parse(new ContentFile(NAME, SafetyFixtures.classpathText(NAME)), SafetyFixtures.NORMALIZER);
		assertThat(packaged).hasSizeGreaterThan(500);
		assertThat(packaged).allSatisfy((labelled) -> {
			assertThat(scored).as("line %d comes from a scored set", labelled.line()).contains(labelled.text());
			assertThat(heldOut).as("line %d is in a held-out set", labelled.line()).doesNotContain(labelled.text());
		});
	}

	/**
	 * Issue 16's answer sets, scored blind once and folded into the regression tests:
	 * ordinary questions.
	 */
	private static Set<String> answerSetMessages(String set) throws Exception {
		Set<String> messages = new HashSet<>();
		JsonMapper json = JsonMapper.builder().build();
		for (var resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath:answers/" + set + "/*.jsonl")) {
			for (String line : resource.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					messages
						.add(SafetyFixtures.NORMALIZER.normalize(json.readTree(line).path("text").asString()).text());
				}
			}
		}
		assertThat(messages).as(set).hasSizeGreaterThan(100);
		return messages;
	}

	private static Set<String> allSets() throws Exception {
		Set<String> sets = new HashSet<>();
		for (var resource : new PathMatchingResourcePatternResolver().getResources("classpath:safety/*/*.tsv")) {
			String path = resource.getURL().getPath();
			String folder = path.substring(0, path.lastIndexOf('/'));
			sets.add(folder.substring(folder.lastIndexOf('/') + 1));
		}
		assertThat(sets).containsAll(SCORED);
		return sets;
	}

	private static Set<String> messagesOf(String... sets) throws Exception {
		Set<String> messages = new HashSet<>();
		for (String set : sets) {
			SafetyFixtures.lastTurns(set)
				.stream()
				.map((c) -> SafetyFixtures.NORMALIZER.normalize(c.message()).text())
				.forEach(messages::add);
		}
		assertThat(messages).isNotEmpty();
		return messages;
	}

	private static List<TrainingFile.Labelled> parse(String text) {
		return TrainingFile.parse(new ContentFile(NAME, text), SafetyFixtures.NORMALIZER);
	}

}
