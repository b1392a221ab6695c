package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The thirteenth session's round, in new words: a carer who will take the other "with her
 * when she goes" means to end both lives, in any person. Taking someone along when going
 * to a place, or going into hospital, is a trip.
 */
class TwentyNinthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			he says he will take her with him when he goes, he has it planned | CRISIS
			i am taking my husband with me when i go, i cannot leave him to suffer | CRISIS
			my sister says she is bringing the kids with her when she dies | CRISIS
			when my husband has died i will go with him, i have told nobody | CRISIS
			she has her pills lined up for when the carers leave on friday | CRISIS
			he says he is not sticking around for the tumours to take him | CRISIS
			gave my guitar and my xbox to my mate, i want him to have them before its too late | CRISIS
			sorting out numbers for nana so mum has people afterwards | CRISIS
			my nephew found grandad's pill box and we think he has eaten some, he is three | EMERGENCY
			my husband does not know where he is, he thinks he is back in the army | EMERGENCY
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "she will take dad with her when she goes to the shops on friday",
			"can i take him with me when i go into hospital for the scan",
			"mum wants to bring the kids with her when she goes back home to ireland",
			"once the nurse has gone i will go with her to the pharmacy",
			"his tablets are counted out for when he is at his daughter's this weekend, is that safe",
			"we are not waiting around for the clinic to ring, we are driving over",
			"i want him to have them before christmas, is that ok to post to the hospital",
			"can the nurse come so mum has people after the surgery",
			"back in the army he never knew where he was half the time, anyway what is ablation" })
	void tripsAreNoAlarm(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isEmpty();
	}

}
