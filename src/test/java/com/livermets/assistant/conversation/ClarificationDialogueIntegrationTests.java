package com.livermets.assistant.conversation;

import com.livermets.assistant.content.Content;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripted "Did you mean ...?" conversations through the web API. The confident threshold
 * is raised to 1.0 so that every accepted question is clarified: the dialogues then do
 * not depend on how sure today's classifier happens to be of one wording (its sharpened
 * probabilities can exceed 0.999 for a training example). That threshold changes every
 * answer, so this class has a context of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "assistant.conversation.confident-threshold=1.0")
@AutoConfigureWebTestClient
class ClarificationDialogueIntegrationTests {

	/** Asked as a title, so the classifier accepts it, but not with certainty. */
	private static final String QUESTION = "What is embolization?";

	@Autowired
	private WebTestClient client;

	@Autowired
	private Content content;

	@Test
	void unsureQuestionIsAnsweredWithNumberedOptionsInsteadOfAGuess() {
		Dialogue.Reply clarification = new Dialogue(this.client, "clarify-1").say(QUESTION);

		assertThat(clarification.intent()).isEqualTo("clarify");
		assertThat(clarification.suggestions()).hasSizeBetween(2, 3)
			.startsWith(this.content.response("embolization").title());
		assertThat(clarification.reply()).startsWith("Did you mean")
			.contains("1. " + clarification.suggestions().get(0))
			.contains("2. " + clarification.suggestions().get(1));
		assertThat(clarification.sources()).isEmpty();
		assertThat(clarification.triage()).isEqualTo("none");
	}

	@Test
	void optionPickedByNumberIsAnswered() {
		Dialogue dialogue = new Dialogue(this.client, "clarify-number");
		Dialogue.Reply clarification = dialogue.say(QUESTION);

		Dialogue.Reply picked = dialogue.say("2");

		assertThat(picked.confidence()).isEqualTo(1.0);
		assertThat(picked.sources()).isNotEmpty();
		assertThat(this.content.response(picked.intent()).title()).isEqualTo(clarification.suggestions().get(1));
	}

	@Test
	void optionPickedByOrdinalWordsIsAnswered() {
		Dialogue dialogue = new Dialogue(this.client, "clarify-ordinal");
		dialogue.say(QUESTION);

		assertThat(dialogue.say("the first one").intent()).isEqualTo("embolization");
	}

	@Test
	void optionPickedByItsTextIsAnsweredEvenThoughTheClassifierIsUnsureOfIt() {
		Dialogue dialogue = new Dialogue(this.client, "clarify-text");
		Dialogue.Reply clarification = dialogue.say(QUESTION);

		Dialogue.Reply picked = dialogue.say(clarification.suggestions().get(0));

		assertThat(picked.intent()).isEqualTo("embolization");
		assertThat(picked.confidence()).isEqualTo(1.0);
		assertThat(picked.reply()).isEqualTo(this.content.response("embolization").shortText());
	}

	@Test
	void neitherGetsTheFallbackWithWhatTheServiceCanHelpWith() {
		Dialogue dialogue = new Dialogue(this.client, "clarify-neither");
		dialogue.say(QUESTION);

		Dialogue.Reply neither = dialogue.say("neither");
		Dialogue.Reply number = dialogue.say("2");

		assertThat(neither.intent()).isEqualTo("fallback");
		assertThat(neither.sources()).isEmpty();
		assertThat(neither.reply()).contains("I can help with questions about liver metastases");
		assertThat(neither.suggestions()).isNotEmpty();
		assertThat(number.intent()).as("'2' now picks from the topics offered with the fallback")
			.isNotEqualTo("clarify");
	}

	@Test
	void yesToSeveralOptionsAsksAgainRatherThanGuessing() {
		Dialogue dialogue = new Dialogue(this.client, "clarify-yes");
		Dialogue.Reply clarification = dialogue.say(QUESTION);

		Dialogue.Reply yes = dialogue.say("yes");
		Dialogue.Reply picked = dialogue.say("1");

		assertThat(yes.intent()).isEqualTo("clarify");
		assertThat(yes.suggestions()).isEqualTo(clarification.suggestions());
		assertThat(picked.intent()).isEqualTo("embolization");
	}

	@Test
	void emergencyInTheMiddleOfAClarificationWinsAndClosesIt() {
		Dialogue dialogue = new Dialogue(this.client, "clarify-emergency");
		assertThat(dialogue.say(QUESTION).intent()).isEqualTo("clarify");

		Dialogue.Reply emergency = dialogue.say("1 i am vomiting blood");
		Dialogue.Reply afterwards = dialogue.say("1");

		assertThat(emergency.triage()).isEqualTo("emergency");
		assertThat(emergency.safety()).containsEntry("rule", "vomiting_blood");
		assertThat(emergency.sources()).isEmpty();
		assertThat(afterwards.intent()).as("the clarification was closed by the emergency").isEqualTo("fallback");
	}

}
