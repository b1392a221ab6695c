package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-31 round's changes, in new words: "tonight is the night" with a sorry
 * after it, a day of one's own choosing, tablets found hidden away, and "when it gets too
 * much I know what to do" are crises. A car that cannot go on with a repair bill, a team
 * one cannot go on watching lose, a question whether a drink will finish one off, a feast
 * that nearly did, an overdose of sweets, an overdose on a television drama, an overdose
 * named as bad for the liver, what people in general can vomit, someone who nearly
 * fainted at the blood, blood tests that bleed one dry and a relative run ragged are no
 * alarm; nor is a date chosen for an induction. An except for a split lip "blood
 * everywhere", stitched, was tried and dropped: it silenced "he cut his lip, blood
 * everywhere and it will not stop". After blind-30 was read: "if she goes I'm going too"
 * and "not staying on without him" are crises, days without a bowel movement are a
 * symptom report; a warning about a paracetamol overdose, paperwork one cannot go on
 * with, a stranger's collapse and a question on keeping morphine safe are no alarm.
 * Excepts for black stools asked about "as a sign" were tried and dropped: they silenced
 * "what are black stools a sign of? my dad has had them since this morning", and the
 * older except for "what do black poos mean" did the same and is gone (the cues keep a
 * general question beside a reassurance quiet).
 */
class TwentySecondRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			tonight is the night. sorry for all of it | CRISIS
			mum has chosen her own date, she says the hospice will not decide for her | CRISIS
			i found her sleeping tablets hidden behind the bread bin, a whole month of them | CRISIS
			he says when the pain gets too much he knows what to do | CRISIS
			i can not go on watching him suffer like this | CRISIS
			the car can not go on like this, and neither can i | CRISIS
			he cut his lip, blood everywhere and it will not stop | EMERGENCY
			if she goes im going too | CRISIS
			dad says he is not staying on without mum | CRISIS
			what do black poos mean? dad has had them since this morning | EMERGENCY
			what are black stools a sign of? my dad has had them since this morning | EMERGENCY
			no bowel movement for four days now | CONTACT_DOCTOR
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "the van can not go on like this, the mechanic wants 600 pounds",
			"dad can not go on watching his team lose every week, he says", "is one beer ok or will it finish me off",
			"christmas dinner nearly finished him off, three helpings of pudding",
			"we had an overdose of chocolate at easter, is sugar bad for his liver",
			"on the telly a man took an overdose and mum now hides the paracetamol, is a lockbox better",
			"paracetamol overdose is dangerous for the liver, so how much can she take",
			"i read that patients can vomit blood from varices, why is that",
			"there was blood on the floor and my sister nearly fainted at the sight of it",
			"the nurses bleed me dry every visit, eight tubes today",
			"my wife is run ragged with the grandchildren, is there respite",
			"she chose her own date for the induction",
			"what do black poos mean with liver problems? mum is fine, i just want to know what to look for",
			"the pharmacist said be careful of paracetamol overdose with his liver, how many a day",
			"i can not go on like this with the insurance forms, who do i ring",
			"there was an old man who collapsed in the queue at the shop, the staff looked after him",
			"where is the safest place to keep his morphine so nobody opens the wrong bottle by accident" })
	void calmMessagesGetNoSafetyReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isEmpty();
	}

}
