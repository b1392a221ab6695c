package com.livermets.assistant.safety;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fourteenth session's round, in new words (safety/blind-52, read after its
 * after-score): asking whether "they can tell after" that it was too much morphine is a
 * plan to end a life; a tongue that feels too big after a new tablet is anaphylaxis;
 * being sick and "it was blood" is vomiting blood however far apart. What made someone a
 * rash, being sick of waiting, and asking what a coroner found are no alarm.
 */
class ThirtiethRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			could the doctors tell afterwards whether it was too many tablets, i do not want the kids to know | CRISIS
			would anyone know later if it was extra insulin and not the cancer | CRISIS
			her lips feel really fat since the new antibiotic and she is wheezing | EMERGENCY
			my wife was sick in the bathroom twice this morning and it was blood | EMERGENCY
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "can the hospital check whether it was the tablets that made her rash come up",
			"could the doctors tell whether it was the morphine that made him talk such nonsense last week" })
	void askingWhatATabletDidIsNoCrisis(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isNotEqualTo(Optional.of(Triage.CRISIS));
	}

	@ParameterizedTest
	@ValueSource(strings = { "i was sick of waiting at the clinic, it was blood test day and the queue was huge",
			"can they tell if it was the cancer or his heart, the coroner has asked us to wait" })
	void questionsAndIdiomsAreNoAlarm(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isEmpty();
	}

}
