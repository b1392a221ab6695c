package com.livermets.assistant.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety/dev-35 round's changes, in new words: being done too once the other is
 * buried, going together in one's own bed, lying down to let the cold take one, going up
 * the hill and not bothering to come down, "nobody asks questions" about an accident, and
 * a gun looked at more than one should are crises. An overdose of rain, a neighbour's
 * overdose in the seventies and tablets kept so the grandchildren do not overdose by
 * mistake are not; nor is being unable to go on with the broadband or with calling the
 * insurers, nor blood everywhere at work or from a cut since stitched.
 */
class TwentyFourthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			once mum is laid to rest then i am done as well | CRISIS
			we will go together in our own bed, the pair of us, when it gets worse | CRISIS
			he says he will lie down in the frost and let it take him | CRISIS
			might drive up the mountain road tonight and not bother coming back | CRISIS
			nobody asks any questions when a farmer has an accident | CRISIS
			the rifle is in the cabinet and i have been looking at it more than i should | CRISIS
			""")
	void crisesGetTheCrisisReply(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "we have had an overdose of snow this winter, the lane is blocked",
			"my aunt took an overdose back in the sixties and lived another fifty years",
			"where do we keep the morphine so the grandkids never take an overdose by accident",
			"i can not go on like this with the phone signal, is there an email address instead",
			"i can not go on ringing the insurance every day, who at the hospital deals with billing",
			"on shift last night a patient pulled out his cannula and there was blood everywhere, anyway is the clinic open saturday",
			"he cut his thumb on the saw and there was blood everywhere, he is fine now and it is healing",
			"told the grandkids to go and play and not bother coming back till teatime",
			"nobody asks any questions at accident and emergency, they leave you sitting there",
			"once the funeral is over then i am done too with the solicitors, thank god",
			"we will go together before the end of the month to see the consultant" })
	void calmMessagesGetNoUrgentReply(String message) {
		assertThat(SafetyFixtures.levelOf(message).filter(Triage::isUrgent)).as(message).isEmpty();
	}

}
