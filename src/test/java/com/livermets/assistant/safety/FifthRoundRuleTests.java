package com.livermets.assistant.safety;

import java.util.List;
import java.util.Optional;

import com.livermets.assistant.content.ContentFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fifth round's changes, each in new words rather than the safety/dev-4 and
 * safety/dev-5 messages that showed the gap: emergencies and crises in Portuguese and
 * Spanish, a plan told in plain words, and a crisis denied in so many words.
 */
class FifthRoundRuleTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			meu marido vomitou sangue e está muito pálido | EMERGENCY
			mi madre no puede respirar bien | EMERGENCY
			o meu pai desmaiou na cozinha e não responde | EMERGENCY
			ela teve uma convulsão agora mesmo | EMERGENCY
			a dor muito forte na barriga começou de repente | EMERGENCY
			não aguento mais esta vida | CRISIS
			a minha irmã anda a guardar comprimidos escondidos na gaveta | CRISIS
			my brother has been reading up on the quickest ways out | CRISIS
			she told me she knows where she will do it | CRISIS
			keep picturing myself steering into a lorry on the way home | CRISIS
			wrote my goodbye letter. have not done anything. yet | CRISIS
			i am not suicidal but i have been saving up my morphine | CRISIS
			she says she will not be here to read my reply | CRISIS
			the kids still get the life insurance if it looks like an accident | CRISIS
			is there a pill to sleep and never wake up | CRISIS
			he messaged me at midnight saying forgive me | CRISIS
			the note on the door said do not come in, call the police | CRISIS
			nobody will be home to find me on friday | CRISIS
			the rope or the tablets, which is quicker | CRISIS
			if i jumped from the top of the car park would it be quick | CRISIS
			when dad goes i go with him, honestly i have thought about how | CRISIS
			my nephew says he is going to hurt himself | CRISIS
			i scrape my arms with the scissors when it gets too much | CRISIS
			what is the most oxycodone you can take before it kills you | CRISIS
			how many of these tablets are enough to kill | CRISIS
			thinking of injecting the whole insulin pen | CRISIS
			she wants me to give her all the syringe driver doses at once | CRISIS
			the bridge near work is looking very tempting | CRISIS
			se o meu pai morrer eu não fico | CRISIS
			my son has been cutting himself since the diagnosis | CRISIS
			found razor blades in his school bag | CRISIS
			there are new cuts on her forearms again | CRISIS
			told my brother I would save everyone the bother | CRISIS
			said at his grave I would be joining him soon, and I meant it | CRISIS
			she can hardly keep her eyes open this evening | EMERGENCY
			his breathing is really slow and shallow after the morphine | EMERGENCY
			he has gone off his food this week | CONTACT_DOCTOR
			her wee is darker than usual | CONTACT_DOCTOR
			I want to go to Dignitas before it gets worse | CRISIS
			i would rather die than go through another round of chemo | CRISIS
			i am not going to lie, i want to kill myself | CRISIS
			my suicide risk feels high tonight | CRISIS
			""")
	void urgentMessagesGetTheirLevel(String message, Triage level) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).contains(level);
	}

	@ParameterizedTest
	@ValueSource(strings = { "i am not suicidal, i am just worn out by it all, how do other carers cope",
			"I'm not going to do anything silly, I just needed to vent. Who can I talk to?",
			"he wants to die at home in his own bed when the time comes, how do we set that up",
			"the pain clinic said i can ring them at any time, is that normal" })
	void calmMessagesGetNoCrisisReply(String message) {
		assertThat(SafetyFixtures.levelOf(message)).as(message).isNotEqualTo(Optional.of(Triage.CRISIS));
	}

	/**
	 * A carer's story of how it was before ("looking back", "on the old chemo") is
	 * context for a question, not a report of now.
	 */
	@ParameterizedTest
	@ValueSource(strings = {
			"Looking back, my husband was worn out for months and off his food before they found it. Is that usual?",
			"He had no appetite at all on the old chemo and lost weight. Is the liver pump any gentler?",
			"I had zero symptoms, it was found on a scan. How can that be?",
			"She had a temperature and the shivers last week after chemo, all settled now. Is that usual?",
			"He had a high temperature and the shakes after his chemo on Monday. All sorted now. Is that common?",
			"General question, nothing happening right now: why does vomiting blood matter with liver mets?" })
	void storiesOfHowItWasBeforeGetNoReply(String message) {
		assertThat(SafetyFixtures.triage().assess(message)).as(message).isEmpty();
	}

	/** The new crisis rules alone, on what their words also say in ordinary messages. */
	@ParameterizedTest
	@ValueSource(strings = { "she fell in the garden and hurt herself, nothing broken",
			"we are going to the bridge club tonight", "is it quicker to take the tablets or the liquid morphine",
			"what is the most paracetamol you can take in a day", "the nurse said do not come in if you have a cold",
			"he is going to find me a wheelchair", "I think I'll go first, then you can have the bathroom",
			"how common is suicide among family carers, it is for our newsletter",
			"is suicide more common in people with cancer than in everyone else",
			"is assisted dying legal in Scotland yet? we argued about it at dinner",
			"I'd rather die than drink another of those strawberry supplement drinks",
			"I wanted to die of embarrassment when I cried in the waiting room",
			"I am NOT thinking to hurt myself, I only want to know about the recovery" })
	void theNewRulesStayQuietOnOrdinaryMessages(String message) {
		assertThat(SafetyFixtures.rulesOnly().assess(message)).as(message).isEmpty();
	}

	@Test
	void aShortSentenceThatSaysItIsOverDoesNotSettleWhatIsHappeningAgain() {
		assertThat(SafetyFixtures
			.levelOf("He had a high temperature and the shakes again this morning after chemo. All sorted now."))
			.contains(Triage.EMERGENCY);
	}

	@Test
	void aSymptomSinceLastMonthIsStillGoingOn() {
		assertThat(SafetyFixtures.levelOf("I have been far more tired since last month, napping every afternoon"))
			.contains(Triage.CONTACT_DOCTOR);
	}

	@Test
	void aDenialIsLeftOutOfWhatTheMeaningDetectorsRead() {
		Cues cues = Cues
			.parse(new ContentFile("intents/safety/cues.txt", SafetyFixtures.classpathText("intents/safety/cues.txt")));
		assertThat(cues.forMeaning(List.of("i", "am", "not", "suicidal", "just", "tired"))).containsExactly("i", "am",
				"just", "tired");
		List<String> noDenial = List.of("i", "am", "not", "sure");
		assertThat(cues.forMeaning(noDenial)).isSameAs(noDenial);
	}

}
