package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-37 round's changes, in new words: a gun loaded with shells that are "not
 * for the foxes this time" is a crisis; a child who took tablets thinking they were
 * sweets and a venomous snake bite just now are emergencies. Vermin one means to shoot
 * "myself", an overdose that "is easier" with a bad liver (not one "easier than" another
 * means), a stranger who fainted, a wedding faint and words that made one "nearly
 * collapse" are not urgent.
 */
class TwentyFifthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			loaded the rifle in the hall and the rounds are not for the rabbits this time | CRISIS
			is an overdose easier than hanging | CRISIS
			my granddaughter ate some of his pills, she thought they were smarties | EMERGENCY
			a snake bit him on the hand in the garden just now and it is swelling | EMERGENCY
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "the foxes had the hens again, i will shoot them myself tonight",
			"is overdose more likely when the liver is damaged? what is the safe amount of paracetamol",
			"an old man fainted in the queue at the chemist, the staff looked after him",
			"i fainted at my own graduation and mum still tells everyone",
			"the nurse mentioned hospice and i nearly collapsed, but she said it was only planning ahead" })
	void calmMessagesGetNoUrgentReply(String message) {
		assertThat(SafetyFixtures.levelOf(message).filter(Triage::isUrgent)).as(message).isEmpty();
	}

}
