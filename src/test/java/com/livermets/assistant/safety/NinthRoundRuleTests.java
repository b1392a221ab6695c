package com.livermets.assistant.safety;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-9 round's changes, each in new words rather than the messages that
 * showed the gap: a rope "sorted", a place nobody would find, a jump from a window
 * ("she'll" reaches the rules as "shell"), treasured things given to someone, pills put
 * by or taken "with the brandy", bruises "easier than I used to"; and, for the calm side,
 * a joke about jumping out of the window, a book title, a film, and a question in
 * general.
 */
class NinthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			if the results are bad that is it, the rope is sorted | CRISIS
			found a place in the forest where nobody would find me | CRISIS
			my brother says he'll jump from the car park roof if she dies | CRISIS
			my son says she'll throw herself off the balcony, she is not joking | CRISIS
			she gave her daughter her wedding rings and her good watch last week | CRISIS
			i have been putting the sleeping pills aside for a month now | CRISIS
			been keeping his morphine back, 30 tablets so far | CRISIS
			thirty sleepers saved up in the drawer | CRISIS
			going to take the whole lot with a bottle of vodka tonight | CRISIS
			i started cutting again after the scan results | CRISIS
			he said he would eat his gun the day she goes | CRISIS
			the shotgun is cleaned and ready in the hall | CRISIS
			his revolver is out on the kitchen table tonight | CRISIS
			now there is nobody left to stop me | CRISIS
			i bruise far easier than i used to | CONTACT_DOCTOR
			mum is sleeping most of the day lately but wakes up for her meals | CONTACT_DOCTOR
			he has been asleep since lunch and we can hardly wake him | EMERGENCY
			she gets out of breath walking to the end of the garden these days | CONTACT_DOCTOR
			he is gasping for breath sitting in his chair | EMERGENCY
			my husband says it is the worst pain of his life, up under his ribs | EMERGENCY
			her tummy has gone hard as a rock | EMERGENCY
			grandad has a pain in his side again | CONTACT_DOCTOR
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "mum gave me her ring for my wedding, it made me cry",
			"he says he will jump out the window if i cook more soup haha",
			"she is 84 and frail and i am frightened the surgery would finish her off",
			"will the ablation hurt, she has a very low pain threshold",
			"the ending of that film always leaves me choked up" })
	void calmMessagesGetNoCrisisReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isNotEqualTo(Optional.of(Triage.CRISIS));
	}

	@ParameterizedTest
	@ValueSource(strings = { "in general, does jaundice mean the cancer has grown? she is fine, i am just reading up",
			"had a fever after the second cycle, antibiotics at the hospital, home and grand since" })
	void generalOrSettledMessagesGetNoAlarm(String message) {
		assertThat(SafetyFixtures.triage().assess(message)).as(message).isEmpty();
	}

}
