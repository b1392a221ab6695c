package com.livermets.assistant.safety;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The third round's changes, each in new words rather than the blind-3 message that
 * showed the gap (docs/hazard-log.md, "Open after the third round"): a crisis said with
 * emergency words, figures of speech and stories about other people, a leaflet quoted,
 * and an event that is clearly over.
 */
class ThirdRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			i have been hoarding my sleeping tablets so that one night i just do not wake up | CRISIS
			been putting his oxy aside for weeks, enough so i never wake up again | CRISIS
			my wife passed out in the kitchen and she will not wake up | EMERGENCY
			he fainted an hour ago but he is totally fine now | EMERGENCY
			once she goes i go too. no point me rattling around here | CRISIS
			i have picked the day, his birthday seems a fitting time to go and i will do it myself | CRISIS
			my dad is fitting on the floor and will not stop | EMERGENCY
			once my husband goes i am going with him. i have planned how | CRISIS
			googled how tall a multi storey would have to be, the one by the station | CRISIS
			nie chcę już dłużej żyć, przepraszam | CRISIS
			quiero morirme, ya no puedo más | CRISIS
			nao quero mais viver sem ele | CRISIS
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	/**
	 * "This last month" is the stretch up to now, not a month that is over: the symptoms
	 * it tells of are still going on (answers/blind-4, read after its after-score).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "she has dropped nearly a stone this past month and her tummy is swollen and tight",
			"he has lost weight this last month and he is exhausted" })
	void symptomsOfTheLastFewWeeksAreNotOver(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(Triage.CONTACT_DOCTOR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "I nearly killed myself laughing at the nurse's joke",
			"are cancer patients more likely to kill themselves than other people",
			"in the series the dad decides to end it all after his diagnosis, it was hard to watch",
			"the booklet said black poo can be serious, what does that mean",
			"he fainted last month after chemo but he has been fine ever since, can he drive",
			"when she goes to chemo i go with her, can i sit in the room",
			"when he goes to the clinic i am going with him, we have sorted how to get there",
			"when she goes for her scan i am going with her, i have worked out how to get there by bus",
			"how high is the hospital car park, can a van get in",
			// a wish to live, said in another language, is no crisis
			"no quiero morir todavía, quiero ver a mis nietos", "ich will nicht sterben, was kann man tun",
			"her wig fitting is on friday, is it normal for the hair to fall out this fast",
			// an intent example, reviewed as an ordinary question: the classifier never
			// overrides that review
			"my mom forgot her pills, what should she do" })
	void nearMissesGetNoSafetyReply(String message) {
		assertThat(SafetyFixtures.triage().assess(message)).as(message).isEqualTo(Optional.empty());
	}

}
