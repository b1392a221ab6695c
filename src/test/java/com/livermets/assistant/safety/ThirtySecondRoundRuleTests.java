package com.livermets.assistant.safety;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sixteenth session's round: safety/blind-56's three emergency misses, read after its
 * after-score, written here in new words. A child told by age in years who ate someone's
 * tablets; a day's paracetamol many times over, taken without knowing; the patient's own
 * words not coming out right. Their calm neighbours: a child's own medicine, paracetamol
 * over a week, words that will not come out right on paper.
 */
class ThirtySecondRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			my grandson he is 4 years old, i think he chewed some of my morphine tablets | EMERGENCY
			mum took 12 paracetamol today, she forgot the flu sachets have it in too | EMERGENCY
			dad's words are not coming out right since lunch and he keeps staring | EMERGENCY
			""")
	void blind56sMissesInNewWordsGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.rulesOnly().assess(message).map(SafetyVerdict::triage)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "my niece is 5 years old and had her own medicine for her ear today",
			"she took 10 paracetamol over the whole week for her back",
			"is it ok to take 2 paracetamol today with chemo",
			"the words will not come out right in the card i am writing for his nurses",
			"writing his eulogy and the words are not coming out right" })
	void calmNeighboursAreNoEmergency(String message) {
		assertThat(SafetyFixtures.rulesOnly().assess(message).map(SafetyVerdict::triage)).as(message)
			.isNotEqualTo(Optional.of(Triage.EMERGENCY));
	}

}
