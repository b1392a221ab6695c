package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-25 round's changes, in new words: not waiting for the end to come is a
 * crisis; a small child into the pill organiser is the 911 reply; a weight loss in pounds
 * and a raised temperature read off the thermometer are symptom reports. Plain despair in
 * any person, which probes written this round found quiet ("he wants to end things", "has
 * had enough of living", "no point any more", help asked to die, a method weighed for how
 * painless it is), and pain down the left arm into the jaw. A television drama, a
 * relative's death from a heart attack, a collapsed roof, a bill that would make anyone
 * faint, parking fees one "can't go on" paying, a worry about an overdose by accident, a
 * procedure someone wants over with and ending things on a good note are no alarm; nor is
 * a question on keeping medicines cool or keeping naloxone in the house.
 */
class NineteenthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			i am not afraid of the cancer, i am afraid of waiting for it. so i am not going to wait | CRISIS
			i will not wait around for the cancer to finish me | CRISIS
			my brother wants to end things | CRISIS
			gran keeps talking about ending it | CRISIS
			she says she will end it before the pain gets bad | CRISIS
			he just wants it all to be over | CRISIS
			my wife has had enough of living | CRISIS
			he says there is no point any more | CRISIS
			she is done fighting and wants it finished | CRISIS
			he keeps his rifle by the bed and talks about using it | CRISIS
			he has been googling painless ways | CRISIS
			is drowning a painless way to die | CRISIS
			mum says she would be better off in her grave | CRISIS
			he has booked a trip to switzerland on his own and told nobody | CRISIS
			i was suicidal in my twenties and it is back now, i have the pills ready | CRISIS
			how many of her tablets would stop his heart | CRISIS
			she asked me to help her die | CRISIS
			if the results are bad i am ending it | CRISIS
			she has a pain down her left arm and into her jaw | EMERGENCY
			he gets a bit muddled in the evenings lately | CONTACT_DOCTOR
			she has gone down two dress sizes and is not trying | CONTACT_DOCTOR
			he says this is his last birthday and he will make sure of it | CRISIS
			i have been saving my sleeping tablets for weeks | CRISIS
			cannot be bothered any more, going to neck the lot | CRISIS
			honestly i am done with life | CRISIS
			she says she wants to help it along now | CRISIS
			i pick up another box of paracetamol every time i am in the chemist, i must have plenty by now | CRISIS
			tell the nurses none of what happens is their fault | CRISIS
			he says he will see to it for the both of us when the time comes | CRISIS
			i have a plan and a date now and i feel calm | CRISIS
			do not visit tomorrow, just let the police in | CRISIS
			i left the front door on the latch so you will not have to force it | CRISIS
			that was my last chemo and my last everything | CRISIS
			she has put her affairs in order and keeps counting her tablets | CRISIS
			he wants to go while he can still decide | CRISIS
			he had a stroke years ago and he is still slurring his words now, worse today | EMERGENCY
			i lie awake most nights for hours | CONTACT_DOCTOR
			37.7 last night, otherwise she is fine | CONTACT_DOCTOR
			Is there any support for the family? He says he has the pills saved and he is going to end it. | CRISIS
			Is there any help for carers? I cannot keep going, I have the tablets ready for tonight. | CRISIS
			Is there help for husbands? Mine has stopped eating and says it is easier this way, he wants to go. | CRISIS
			if the results are bad he says he is taking the rifle out | CRISIS
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
					"the nurse said to keep some naloxone at home, where do we get it",
					"the biopsy is on monday, i just want it over with",
					"no point any more in going to that clinic on fridays, they moved it",
					"we want to end things on a good note with the hospice team", "he loved talking about the gun club",
					"the hospice nurse said they help him die peacefully at home, what does that involve",
					"i was suicidal in my twenties but i am in a good place now and this is about my dad",
					"he choked on his tea laughing at the comedy",
					"every time i hear the word collapse i think of that boy at school",
					"i cannot go on with this jigsaw, a thousand pieces of sky",
					"what is the most paracetamol a day, we want to make sure we never overdose her",
					"his band is called bloody stools, do not ask",
					"Is there any help for my wife? She has taken this harder than me and sits in the car for hours.",
					"leave the door unlocked so the district nurse can get in",
					"we want to take her to the seaside while she still can",
					"no point any more in the strict diet, the dietitian says he can eat what he likes",
					"he wants it over so he can get back to the allotment, the radiotherapy i mean",
					"my sister died of a stroke twelve years ago this week, i still miss her",
					"dad had a heart attack in 2016 and i still think about that night" })
	void calmMessagesGetNoSafetyReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isEmpty();
	}

}
