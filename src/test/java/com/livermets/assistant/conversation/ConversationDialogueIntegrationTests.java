package com.livermets.assistant.conversation;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.MovableTicker;
import com.livermets.assistant.content.Content;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scripted multi-turn conversations through the web API with the real classifier and
 * default thresholds: follow-ups against the last topic, topic switches, "tell me more",
 * picking a suggestion, reset and expiry.
 */
class ConversationDialogueIntegrationTests extends AbstractIntegrationTests {

	@Autowired
	private Content content;

	/**
	 * Caffeine reads time from here, so the test can move it forward instead of waiting.
	 */
	@Autowired
	private MovableTicker ticker;

	@Autowired
	private SessionProperties sessions;

	@Test
	void tellMeMoreGivesTheLongerFormOfTheLastAnswer() {
		Dialogue dialogue = new Dialogue(this.client, "more-1");
		Dialogue.Reply first = dialogue.say("What is embolization?");
		assertThat(first.intent()).isEqualTo("embolization");

		Dialogue.Reply more = dialogue.say("tell me more");

		assertThat(more.intent()).isEqualTo("embolization");
		assertThat(more.reply()).isEqualTo(this.content.response("embolization").longText()).isEqualTo(first.more());
		assertThat(more.sources()).isNotEmpty();
		assertThat(more.suggestions()).hasSizeBetween(1, 3)
			.doesNotContain(this.content.response("embolization").title());
	}

	@Test
	void pronounFollowUpIsResolvedAgainstTheLastTopic() {
		Dialogue dialogue = new Dialogue(this.client, "pronoun-1");
		assertThat(dialogue.say("What is ablation?").intent()).isEqualTo("ablation");

		Dialogue.Reply followUp = dialogue.say("how is that done?");

		assertThat(followUp.intent()).isEqualTo("ablation");
		assertThat(followUp.sources()).isNotEmpty();
	}

	@Test
	void pronounFollowUpWithoutATopicIsNotGuessed() {
		Dialogue dialogue = new Dialogue(this.client, "pronoun-2");

		Dialogue.Reply reply = dialogue.say("how is that done?");

		// refusing and asking "Did you mean ...?" both leave the choice to the user;
		// answering an intent would not
		assertThat(reply.intent()).isIn("fallback", "clarify");
		assertThat(reply.sources()).isEmpty();
	}

	@Test
	void ellipticalFollowUpTakesTheFrameOfTheLastQuestion() {
		Dialogue dialogue = new Dialogue(this.client, "ellipsis-1");
		assertThat(dialogue.say("What is ablation?").intent()).isEqualTo("ablation");

		Dialogue.Reply reply = dialogue.say("and embolization?");

		assertThat(reply.intent()).isEqualTo("embolization");
	}

	@Test
	void aProcedureNamedByWhatItDoesIsThatProcedure() {
		Dialogue dialogue = new Dialogue(this.client, "vague-1");
		assertThat(dialogue.say("How are liver metastases treated?").intent()).isEqualTo("treatment_overview");

		assertThat(dialogue.say("what was the burning one called?").intent()).isEqualTo("ablation");
		assertThat(dialogue.say("and the blocking one?").intent()).isEqualTo("embolization");
	}

	@Test
	void whatIsThatForAfterATopicWithANamedSubjectIsAboutTheTopic() {
		Dialogue dialogue = new Dialogue(this.client, "subject-1");
		assertThat(dialogue.say("do they test the tumor's genes?").intent()).isEqualTo("genetic_testing");

		Dialogue.Reply reply = dialogue.say("what's that for?");

		assertThat(reply.intent()).isEqualTo("genetic_testing");
		assertThat(reply.sources()).isNotEmpty();
	}

	@Test
	void whatAboutAnotherCancerStaysOnWhereMetastasesComeFrom() {
		Dialogue dialogue = new Dialogue(this.client, "origin-1");
		assertThat(dialogue.say("Which cancers spread to the liver?").intent()).isEqualTo("origin");

		Dialogue.Reply reply = dialogue.say("what about breast cancer?");

		assertThat(reply.intent()).isEqualTo("origin");
		assertThat(reply.reply()).containsIgnoringCase("breast");
	}

	@Test
	void aClearNewQuestionSwitchesTopicAndMoreFollowsTheNewTopic() {
		Dialogue dialogue = new Dialogue(this.client, "switch-1");
		assertThat(dialogue.say("What is ablation?").intent()).isEqualTo("ablation");

		Dialogue.Reply switched = dialogue.say("What does the liver do?");
		Dialogue.Reply more = dialogue.say("go on");

		assertThat(switched.intent()).isEqualTo("liver_functions");
		assertThat(more.intent()).isEqualTo("liver_functions");
	}

	@Test
	void aSuggestionCanBePickedByNumberAsSmsUsersWould() {
		Dialogue dialogue = new Dialogue(this.client, "suggestion-1");
		Dialogue.Reply answer = dialogue.say("What is embolization?");
		assertThat(answer.suggestions()).hasSizeGreaterThanOrEqualTo(2);

		Dialogue.Reply picked = dialogue.say("2");

		assertThat(picked.confidence()).isEqualTo(1.0);
		assertThat(this.content.response(picked.intent()).title()).isEqualTo(answer.suggestions().get(1));
	}

	@Test
	void yesAfterASingleOfferedSuggestionAnswersIt() {
		Dialogue dialogue = new Dialogue(this.client, "yes-1");
		// Clinical trials offers exactly one next question.
		Dialogue.Reply offer = dialogue.say("Are there clinical trials for liver metastases?");
		assertThat(offer.intent()).isEqualTo("clinical_trials");
		assertThat(offer.suggestions()).hasSize(1);

		Dialogue.Reply yes = dialogue.say("yes please");

		assertThat(this.content.response(yes.intent()).title()).isEqualTo(offer.suggestions().get(0));
	}

	@Test
	void startOverForgetsTheTopicAndSaysWhatTheServiceCanHelpWith() {
		Dialogue dialogue = new Dialogue(this.client, "reset-1");
		assertThat(dialogue.say("What is embolization?").intent()).isEqualTo("embolization");

		Dialogue.Reply reset = dialogue.say("start over");
		Dialogue.Reply more = dialogue.say("tell me more");

		assertThat(reset.intent()).isEqualTo("reset");
		assertThat(reset.reply()).contains("liver metastases");
		assertThat(reset.suggestions()).isNotEmpty();
		assertThat(reset.sources()).isEmpty();
		// "tell me more" alone now reads as a fresh question (the classifier may take it
		// for capabilities)
		assertThat(more.intent()).isNotEqualTo("embolization");
		assertThat(more.reply()).isNotEqualTo(this.content.response("embolization").longText());
		assertThat(more.sources()).isEmpty();
	}

	@Test
	void anIdleConversationExpiresAndFollowUpsNoLongerResolve() {
		// Held, so that "one second before expiry" does not depend on how long a turn
		// takes on a busy machine.
		this.ticker.hold();
		try {
			Dialogue dialogue = new Dialogue(this.client, "expiry-1");
			assertThat(dialogue.say("What is embolization?").intent()).isEqualTo("embolization");
			this.ticker.advance(this.sessions.idleExpiry().minusSeconds(1));
			assertThat(dialogue.say("more").intent()).as("still remembered just before expiry")
				.isEqualTo("embolization");

			this.ticker.advance(this.sessions.idleExpiry().plusSeconds(1));

			Dialogue.Reply afterExpiry = dialogue.say("more");
			// nothing left to continue: refusing or asking "Did you mean ...?" both leave
			// it to the user
			assertThat(afterExpiry.intent()).isIn("fallback", "clarify");
			assertThat(afterExpiry.sources()).isEmpty();
		}
		finally {
			this.ticker.release();
		}
	}

}
