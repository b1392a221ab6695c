package com.livermets.assistant.safety;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule changes of the second safety round (docs/hazard-log.md, "Open after the second
 * round"), by the rules alone: each kind of message the second blind set showed the rules
 * missing, in new words, and the near misses they must leave alone. The regression sets
 * measure the same in bulk, with the exemplars.
 */
class SecondRoundRuleTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			fell off the ladder and hit his head, now he keeps being sick        | EMERGENCY | head_injury
			she has a head injury and is on warfarin                             | EMERGENCY | head_injury
			been sick blood twice since tea time                                 | EMERGENCY | vomiting_blood
			keeps bringing up stuff like coffee grounds                          | EMERGENCY | vomiting_blood
			his breathing has gone really slow and shallow                       | EMERGENCY | trouble_breathing
			thermometer says 39.2 and she had chemo on monday                    | EMERGENCY | fever_during_chemotherapy
			mum is very muddled this evening and keeps nodding off               | EMERGENCY | confusion
			he is talking rubbish and can not find his words                     | EMERGENCY | confusion
			my wife told me she is thinking of ending it                         | CRISIS    | suicidal_thoughts
			honestly if i did not wake up tomorrow that would suit me            | CRISIS    | suicidal_thoughts
			she says she is ready to check out early                             | CRISIS    | suicidal_thoughts
			there is a rope in the shed that would save everyone the bother      | CRISIS    | suicidal_thoughts
			he looked into dignitas last month                                   | CRISIS    | suicidal_thoughts
			my sister texted me goodbye and now her phone is off                 | CRISIS    | suicidal_thoughts
			how many of his morphine tablets would it take                       | CRISIS    | overdose_intent
			the pills in the drawer should do the job tonight                    | CRISIS    | overdose_intent
			there are fresh cuts on her thighs again                             | CRISIS    | self_harm
			""")
	void newPhrasingsFireTheirRule(String message, Triage level, String rule) {
		SafetyVerdict verdict = SafetyFixtures.triage()
			.assess(message)
			.orElseThrow(() -> new AssertionError("no verdict: " + message));
		assertThat(verdict.triage()).as(message).isEqualTo(level);
		assertThat(verdict.rule()).as(message).isEqualTo(rule);
	}

	@ParameterizedTest
	@ValueSource(strings = { "are suicide rates higher in people with cancer",
			"the nurse says iron tablets make your poo black, is that right",
			"she keeps going off sick from work, is that allowed during embolization",
			"if he ever did start coughing up blood what would we do",
			"he keeps trying to go out to the garden at night",
			"i keep banging my head against a brick wall with the appointments",
			"last month grandad had a fever on chemo and was admitted, he is home and well" })
	void nearMissesStayQuietForTheRules(String message) {
		assertThat(SafetyFixtures.rulesOnly().assess(message)).as(message).isEmpty();
		// the trained detectors may still ask for a doctor (a wandering patient is worth
		// a call), never for more
		assertThat(SafetyFixtures.levelOf(message)).as(message)
			.isIn(Optional.empty(), Optional.of(Triage.CONTACT_DOCTOR));
	}

}
