package com.livermets.assistant.safety;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eighth set's round's changes, each in new words rather than the safety/dev-8
 * messages that showed the gap: a plan told in farm or teenage words, treasured things
 * handed on, a blade found with an excuse, a double dose taken by mistake (911, not the
 * crisis line), the runs; and, for the calm side, a "fitting" hymn, an event that is
 * over, and medicine kept from children.
 */
class EighthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			the noose is in the boot of my car already | CRISIS
			i have picked out the tree down by the creek | CRISIS
			if it has spread again i am not hanging around to suffer | CRISIS
			i am at the bridge now, it is so quiet here, nobody about | CRISIS
			he handed me his medals and said keep them, he will not need them | CRISIS
			my uncle asked for his rifle back, says he needs them for something | CRISIS
			she has given away her rings and her good coat this week | CRISIS
			when dad dies i am done | CRISIS
			walked in on her with a razor blade and she hid her arm | CRISIS
			he took too many of his oxycodone by mistake and now he is breathing so slowly | EMERGENCY
			she doubled up on her morphine and now we can not wake her properly | EMERGENCY
			i have had the runs since tuesday | CONTACT_DOCTOR
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "we chose amazing grace, very fitting for a woman who sang in the choir all her life",
			"he gave away his old books because he is moving into a bungalow next month",
			"her eyes were yellow in the spring, they put a stent in and now her eyes are white again",
			"his stools were black in march, they found an ulcer and fixed it, now he is fine, what should i watch for",
			"the surgeon said it is bowel cancer in the liver and i am really confused, is it liver cancer or not" })
	void calmMessagesGetNoAlarm(String message) {
		assertThat(SafetyFixtures.triage().assess(message)).as(message).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			a touch of heartburn since friday and a little bloated | CONTACT_DOCTOR
			mum is all of a sudden very confused and keeps dozing off | EMERGENCY
			""")
	void mildOrRealConfusionKeepsItsLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "where should we keep his morphine so the grandchildren cannot reach it when they visit" })
	void calmMessagesGetNoCrisisReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isNotEqualTo(Optional.of(Triage.CRISIS));
	}

}
