package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-29 round's changes, in new words: a farewell "for the last time" or to
 * people who "have been good to me", a dog or a cat handed on for good, no point doing
 * much of anything, a mother who "won't feel a thing, I made sure", and something not
 * needed "where I am going" are crises; talking out of one's head is the 911 reply;
 * bowels not opened for days and a Fahrenheit reading with its time are symptom reports.
 * A stranger's collapse told by whoever helped, a television character who vomited on
 * there, a dose question that names the word overdose, a friend's overdose years back,
 * the wait for results wanted over, a flat battery, a hearing aid whose battery died, a
 * wife who does not sleep for worry and being shaken by an accident are no alarm. After
 * blind-28 was read: a roof door that does not lock and "tell him sorry, tonight is the
 * night" are crises, a collapse with the television on is the 911 reply (the drama
 * excepts had let "watching the telly and my husband collapsed" through), breathlessness
 * on the stairs "the last week" is a symptom report; collapsing on the sofa after a
 * shift, a drunk who passed out, an ambulance job back when, meat that leaked blood and
 * an overdose decades back in someone else's family are not.
 */
class TwentyFirstRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			goodbye everyone, you have all been good to me | CRISIS
			so long friends, signing off for the last time | CRISIS
			my neighbour is coming to take my dog for good, she will give him a good home | CRISIS
			the cats have gone to my sister permanently | CRISIS
			there is no point doing anything any more | CRISIS
			dad will not feel a thing, i made sure, and then it is my turn | CRISIS
			i have given my son the car keys, i will not need them where i am going | CRISIS
			she has been talking out of her head since lunch | EMERGENCY
			my husband is talking out his head and does not know me | EMERGENCY
			bowels not opened since saturday | CONTACT_DOCTOR
			not had a bm for five days now | CONTACT_DOCTOR
			99.8 this evening, otherwise he is himself | CONTACT_DOCTOR
			we were watching the telly and my husband collapsed | EMERGENCY
			the tv was on and my wife collapsed and was sick | EMERGENCY
			tell mum i am sorry, tonight is the night | CRISIS
			twelve storeys up, the hatch is never locked, nobody goes up there | CRISIS
			he gets puffed on the stairs the last week, he used to fly up them | CONTACT_DOCTOR
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"an old lady collapsed in the supermarket queue and i stayed with her till the paramedics came",
			"on the telly last night a character on there threw up blood, mum was horrified",
			"quick overdose question, it is not like that: if he misses his evening tablet does he take two tomorrow",
			"my pal overdosed on heroin years ago, he has been clean a long time",
			"i want it over, the waiting for the biopsy result i mean",
			"the phone died halfway through the call with the nurse, sorry",
			"my car battery is dead so i will be late to the clinic",
			"my wife does not sleep for worrying about me, is there support for her",
			"a lorry skidded into the back of us on the motorway, nobody hurt but i am still a bit shaken",
			"i will not need my coat where i am going, it is sunny in spain",
			"collapsed onto the sofa after a twelve hour shift, what a day",
			"a regular passed out drunk at the bar last night, we got him a taxi",
			"back when i was a paramedic we saw people vomiting blood from varices, is that a liver mets thing",
			"the chicken leaked blood all over the bottom of the fridge",
			"his uncle took an overdose years ago, he is doing fine now",
			"on the telly a woman on there was sick and collapsed in the street",
			"is there anything for my husband, he is taking it very hard" })
	void calmMessagesGetNoSafetyReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isEmpty();
	}

}
