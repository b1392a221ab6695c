package com.livermets.assistant.safety;

import java.util.List;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The exemplar file is clinician-edited data: every mistake stops the service and names
 * its line.
 */
class ExemplarFileTests {

	private static final List<String> RULES = List.of("chest_pain", "suicidal_thoughts");

	private static final String VALID = """
			# exemplars
			rule: chest_pain
			like: my chest hurts
			calm: this waiting is killing me
			rule: suicidal_thoughts
			like: I don't see the point in carrying on
			""";

	@Test
	void validFileIsReadNormalized() {
		ExemplarFile.Parsed parsed = parse(VALID);
		assertThat(parsed.risks()).containsOnlyKeys("chest_pain", "suicidal_thoughts");
		assertThat(parsed.risks().get("suicidal_thoughts")).extracting(ExemplarFile.Exemplar::text)
			.containsExactly("i do not see the point in carrying on");
		assertThat(parsed.calm()).extracting(ExemplarFile.Exemplar::line).containsExactly(4);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|',
			value = { "rule: chest_pain|rule: chest_pian|2: unknown rule 'chest_pian'",
					"like: my chest hurts|calm: my chest hurts now|2: rule 'chest_pain' has no 'like:' exemplar",
					"calm: this waiting is killing me|like: My chest hurts!|4: the same exemplar as line 3",
					"# exemplars|like: too early|1: 'like:' before any 'rule:'",
					"calm: this waiting is killing me|sample: this waiting is killing me|4: unknown key 'sample'" })
	void brokenFileNamesTheLine(String original, String broken, String problem) {
		assertThatThrownBy(() -> parse(VALID.replace(original, broken))).isInstanceOf(ContentException.class)
			.hasMessageContaining("intents/safety/exemplars.txt:" + problem);
	}

	@Test
	void packagedExemplarsLoadAndEveryOneFiresItsOwnLevel() {
		// SafetyLoader refuses to start otherwise; loading the packaged files proves the
		// check passes.
		assertThat(SafetyFixtures.triage().semantic()).isPresent();
	}

	private static ExemplarFile.Parsed parse(String text) {
		return ExemplarFile.parse(new ContentFile("intents/safety/exemplars.txt", text), RULES,
				SafetyFixtures.NORMALIZER);
	}

}
