package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-43 round's changes, in new words: going "on my own terms before the
 * cancer gets me", nothing left to do but finish it, a message to be read "after", sorry
 * and done, making sure of not waking up, and going with a dying husband as agreed are
 * crises; blood "spewed" is an emergency; eyes gone "yella" are a symptom. Collapsing
 * with laughter, a stranger who collapsed at the bus stop, a drama's vomiting, a pharmacy
 * one cannot go on with, an overdose's harm to the liver asked about and a faint that
 * "was nothing" years ago are not urgent. From safety/blind-44, read after its
 * after-score (a Highland ghillie; a Somali-born wife in Minneapolis): a round set aside
 * "not for the deer", having "seen to it" before the nurse arrives and how much insulin
 * would kill are crises; a stag that collapsed where it stood, a cut "right as rain after
 * a plaster", why people with liver cancer bleed more, a good tired and broad strokes are
 * not urgent.
 */
class TwentyEighthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			i want to go on my own terms before the cancer takes me | CRISIS
			bills paid, dog rehomed, nothing left to do but end it | CRISIS
			when you are reading this i am gone, the keys are with nan | CRISIS
			tell the boys i am sorry. i am done | CRISIS
			how many would make sure it worked and i never wake up | CRISIS
			when she goes i will be going with her, we agreed it together | CRISIS
			he is spewing blood in the bathroom | EMERGENCY
			his eyes have gone a bit yeller this week | CONTACT_DOCTOR
			cleaned the gun today. a single cartridge put aside, not for the deer | CRISIS
			by the time the doctor gets here i will have seen to it | CRISIS
			how much insulin kill a grown man | CRISIS
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "we all collapsed laughing at the dog in his new coat",
			"a young girl collapsed at the bus stop but she was up and fine before the ambulance came",
			"on that hospital show a bloke with a bad liver was vomiting blood everywhere, is that realistic",
			"i can not go on like this with the pharmacy losing his prescription every month",
			"is an overdose of paracetamol bad for the liver if you have mets",
			"back in 2019 i fainted at church from the heat and it was nothing, just dehydrated",
			"does cancer in the liver make your eyes go yeller? wondering what to keep an eye out for",
			"the hind collapsed where it stood and the guest was delighted",
			"the boy cut his hand on the reel, blood everywhere, right as rain after a plaster",
			"is that why people with liver cancer bleed more easily", "i am tired but it is a good tired",
			"in broad strokes, what are the options for liver mets" })
	void calmMessagesGetNoUrgentReply(String message) {
		assertThat(SafetyFixtures.levelOf(message).filter(Triage::isUrgent)).as(message).isEmpty();
	}

}
