package com.livermets.assistant.safety;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-12 round's changes, in new words: a name one letter from a medical word
 * ("Meena" and "melena") no longer fires the black-stool emergency, which had also
 * outranked three crises told about her; a plan "all sorted" so the family has one last
 * holiday; a goodbye posted or texted ("see you on the other side", "thanks for
 * everything", "tell mum I'm sorry"). For the calm side, asides that say nothing of time
 * ("just curious", "just an update"), and more words for a symptom that is over.
 */
class TwelfthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			meena asked me to leave all her tablets by the bed tonight and said not to wake her | CRISIS
			he has it all sorted for after new year so the kids get one last christmas with him | CRISIS
			my cousin posted on instagram see you all on the other side and now his phone is off | CRISIS
			she sent me a message saying thank you for everything and not to worry | CRISIS
			dad texted tell mum i am sorry and now he is not picking up | CRISIS
			his stools are black and sticky, the nurse called it melena | EMERGENCY
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "meena wants to know how the embolisation is done",
			"we have been talking to meena about the will and the house" })
	void calmMessagesGetNoSafetyReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message)
			.isNotEqualTo(Optional.of(Triage.EMERGENCY))
			.isNotEqualTo(Optional.of(Triage.CRISIS));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"he had a high temperature after the second cycle and went to hospital, now he is back to normal, just an update",
			"she had a nosebleed on monday that stopped after ten minutes, is that usual with chemo" })
	void overSymptomsGetNoReplyOfTheirOwn(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isEmpty();
	}

}
