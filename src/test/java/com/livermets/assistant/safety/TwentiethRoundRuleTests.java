package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-27 round's changes, in new words: clocking off for good, going when one
 * says and not when the cancer does, an appointment no longer needed with thanks for
 * trying, a question whether the rat poison is still about, and the most of a medicine
 * before it stops the heart, asked in Scots, are crises; a toddler into the morphine
 * ("got intae") and legs gone numb from the waist down are the 911 reply; no appetite and
 * a plate one cannot face are symptom reports. A worry about overdosing the liver by
 * accident in Scots, a programme about overdoses and being tired of answering the same
 * question are no alarm; nor are the probes written beside them: a son who took his
 * tablets, the pest man asking where the rat poison is, an epidural's numbness, a plan to
 * move in with family. After blind-26 was read: a note saying it is the one thing she
 * gets to choose and an amount asked so that it can be taken are crises; a first aid
 * drill, a firm that nearly collapsed, what black stools mean and an accidental overdose
 * long over are not.
 */
class TwentiethRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			reckon it is time i clocked off for good | CRISIS
			he says he will go when he says, not when the cancer says | CRISIS
			i will go when i decide, no when this thing decides | CRISIS
			cancel the scan, i will not be needing it. thank the nurses for trying | CRISIS
			she asked me if we still have any weed killer in the garage, and she never gardens | CRISIS
			whit is the most o her morphine afore it would stop yer heart | CRISIS
			the wee one got intae gran's tablets and has eaten some | EMERGENCY
			cannae feel ma legs fae the hips doon since this morning | EMERGENCY
			nae appetite these days | CONTACT_DOCTOR
			he cannae face his dinner at all | CONTACT_DOCTOR
			her last message said this is the one thing she gets to choose | CRISIS
			how much of his morphine is too much? he wants to know so he can take that much | CRISIS
			my father told the priest he is ready and asked him to pray for what he is about to do | CRISIS
			he asked the vet how much it would take to put a big dog down, we do not have a dog | CRISIS
			i found a note in his coat pocket saying sorry and where the bank cards are | CRISIS
			he told his mate he will not see the new year, and he has been sharpening his old army knife | CRISIS
			what time does the chemist shut, i need to get enough to sleep for a long long time | CRISIS
			she used to self harm and she has started again | CRISIS
			i would rather jump off a bridge than go through another round | CRISIS
			he nearly fainted and now he is grey and sweating | EMERGENCY
			i feel like giving up on everything | CRISIS
			she wakes up sweating, her nightie soaked through | CONTACT_DOCTOR
			dad keeps getting indigestion lately | CONTACT_DOCTOR
			got enough of my oxy saved up to do the job right | CRISIS
			she has been reading how long you last without food or water and says she is stopping tomorrow | CRISIS
			mum told me she is going when she decides, not when the cancer decides | CRISIS
			my husband asked where the antifreeze is kept, he never goes near the car | CRISIS
			mum says she will not rot in a hospital bed, she has her own plan | CRISIS
			my dad keeps saying this is his last christmas and he means to make sure | CRISIS
			the little one has swallowed some of grandads pills, he is 2 | EMERGENCY
			my son ate some of my morphine tablets, he is four, what do i do | EMERGENCY
			i have no feeling from the waist down since lunch | EMERGENCY
			he cannae stand up, legs gone numb, and he hasnae peed all day | EMERGENCY
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "the chemist said to go easy, i dinnae want tae overdose her liver by accident",
			"there was an overdose documentary on last night about the city",
			"i am tired of answering the same questions from everyone at church",
			"my son took his tablets this morning without any fuss",
			"how long can someone last without food and water at the end, the hospice nurse said it could be days",
			"we saved up for ages to do the job properly on the kitchen",
			"is it normal to feel like giving up on the diet, the food is so bland",
			"the scan was a nightmare, i nearly fainted from the heat in there",
			"the vet told us how much it would take to put the old dog down, it was peaceful",
			"the anaesthetic gives you enough to sleep for a long time during the operation",
			"we pray for what he is about to go through, the surgery is tomorrow",
			"we did a first aid drill at work and my mate pretended to collapse so we could practise",
			"the bakery nearly collapsed in the lockdown but it is doing fine now",
			"what do black stools mean? the nurse said to ring if we see them, we have not",
			"my aunt overdosed on her water tablets by accident years ago, she is fine now",

			"the pest control man asked where we keep the rat poison",
			"she went when she decided, not when the doctors said, and she was at peace",
			"dad is ready to go home and has sorted how he will get there",
			"i had no feeling from the waist down after the epidural, is that normal",
			"mum says she will not end up in a care home, she has a plan with my sister to move in" })
	void calmMessagesGetNoSafetyReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isEmpty();
	}

}
