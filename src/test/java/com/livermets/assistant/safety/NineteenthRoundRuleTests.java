package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-25 round's changes, in new words: not waiting for the end to come is a
 * crisis; a small child into the pill organiser is the 911 reply; a weight loss in pounds
 * and a raised temperature read off the thermometer are symptom reports. A television
 * drama, a relative's death from a heart attack, a collapsed roof, a bill that would make
 * anyone faint, parking fees one "can't go on" paying and a worry about an overdose by
 * accident are no alarm; nor is a question on keeping medicines cool or keeping naloxone
 * in the house.
 */
class NineteenthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			i am not afraid of the cancer, i am afraid of waiting for it. so i am not going to wait | CRISIS
			i will not wait around for the cancer to finish me | CRISIS
			the little one got into her nan's dosette box and ate the morning ones | EMERGENCY
			our toddler got hold of grandad's morphine, he is very sleepy now | EMERGENCY
			i have lost 12 lb this month without trying | CONTACT_DOCTOR
			his temp was 37.8 this evening, he feels alright otherwise | CONTACT_DOCTOR
			i watched that hospital show and now i am vomiting blood myself | EMERGENCY
			my husband just had a heart attack | EMERGENCY
			i think dad is having a heart attack | EMERGENCY
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "we were watching a hospital drama and a man collapsed bleeding from his liver, is that real",
					"my uncle died last month, a heart attack on the golf course. can i move my scan to next week",
					"the barn roof collapsed after the storm, dad wants to fix it himself",
					"does insurance cover the scan or will i get a bill that makes me faint",
					"i can not go on paying 15 a day to park at the hospital, is there help with parking",
					"how much paracetamol is too much with liver mets? i do not want to od myself by accident",
					"how should i store his tablets when we go travelling, it gets hot in the car",
					"the nurse said to keep some naloxone at home, where do we get it" })
	void calmMessagesGetNoSafetyReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isEmpty();
	}

}
