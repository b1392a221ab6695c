package com.livermets.assistant.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.ResponseKind;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** The conversation-only turns, with the content catalogue replaced by Mockito. */
class TurnResolverTests {

	private static final ConversationState CLARIFYING = ConversationState.NEW.next(null,
			List.of("ablation", "embolization", "care_team"), true);

	private static final ConversationState AFTER_ANSWER = ConversationState.NEW.next("ablation",
			List.of("embolization"), false);

	private final TextNormalizer normalizer = new TextNormalizer(ShorthandLexicon.empty());

	private final Content content = mock(Content.class);

	private TurnResolver resolver;

	@BeforeEach
	void setUp() {
		for (String intent : List.of("ablation", "embolization", "care_team")) {
			given(this.content.hasIntent(intent)).willReturn(true);
			given(this.content.response(intent)).willReturn(new Response(intent, ResponseKind.ANSWER,
					"What about " + intent.replace('_', ' ') + "?", "short", null, List.of(), List.of()));
		}
		given(this.content.response("ablation")).willReturn(new Response("ablation", ResponseKind.ANSWER,
				"What about ablation?", "short", null, List.of(), List.of(), null, "embolization"));
		this.resolver = new TurnResolver(this.content, this.normalizer);
	}

	@ParameterizedTest
	@ValueSource(strings = { "no, I meant the other one", "n the other one? same?", "what's the other one called?",
			"and the other one?", "one is ablation I remember, what's the other one called?",
			"the other one, the embolization whatever", "no, I meant the other one, the one that starts with E",
			"and the other one, emb.. what was the name again",
			"and the other one that always gets mentioned alongside it?", "the other one they usually talk about" })
	void theOtherOneIsTheTopicsOtherNeverTheSameReply(String message) {
		ConversationState afterAblation = ConversationState.NEW.next("ablation", List.of(), false);

		assertThat(resolve(afterAblation, message)).isEqualTo(Resolution.answer("embolization", 1.0));
	}

	@Test
	void theOtherOneHalfNamedInShorthandIsTheTopicsOther() {
		TextNormalizer withShorthand = new TextNormalizer(
				ShorthandLexicon.parse(new ContentFile("shorthand.txt", "embo => embolization\n")));
		ConversationState afterAblation = ConversationState.NEW.next("ablation", List.of(), false);

		assertThat(this.resolver.resolve(afterAblation, "and the other one? embo something",
				withShorthand.normalize("and the other one? embo something")))
			.contains(Resolution.answer("embolization", 1.0));
	}

	@Test
	void aMessageThatNamesOneOfAPairAndAsksForTheOtherGetsTheOtherWithNoTopic() {
		Response ablation = new Response("ablation", ResponseKind.ANSWER, "What about ablation?", "short", null,
				List.of(), List.of(), "ablation", "embolization");
		given(this.content.responses()).willReturn(Map.of("ablation", ablation));

		assertThat(
				this.resolver.resolve(ConversationState.NEW, "one is ablation I remember, what's the other one called?",
						this.normalizer.normalize("one is ablation I remember, what's the other one called?")))
			.hasValueSatisfying((resolution) -> assertThat(resolution.intent()).isEqualTo("embolization"));
		assertThat(this.resolver.resolve(ConversationState.NEW,
				"is there another treatment, other than ablation, for him?",
				this.normalizer.normalize("is there another treatment, other than ablation, for him?")))
			.isEmpty();
	}

	@Test
	void theOtherOneWithASubjectOrWithNoOtherIsAQuestion() {
		ConversationState afterAblation = ConversationState.NEW.next("ablation", List.of(), false);
		ConversationState afterCareTeam = ConversationState.NEW.next("care_team", List.of(), false);

		assertThat(this.resolver.resolve(afterAblation, "the other one, embolization, is that possible for him?",
				this.normalizer.normalize("the other one, embolization, is that possible for him?")))
			.isEmpty();
		assertThat(this.resolver.resolve(afterCareTeam, "and the other one?",
				this.normalizer.normalize("and the other one?")))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "neither of those", "nah, that's not what I asked", "that doesn't answer my question",
			"none of those answers help me", "wrong answer", "no, that is not it", "ugh, not what i meant, pal",
			"nope, wrong one mate", "No dear, that is not what I asked about at all." })
	void turningDownTheLastAnswerIsDeclinedWhateverWasOffered(String message) {
		ConversationState afterAnswerWithNothingOffered = ConversationState.NEW.next("ablation", List.of(), false);

		assertThat(resolve(afterAnswerWithNothingOffered, message)).isEqualTo(Resolution.declined());
		assertThat(resolve(AFTER_ANSWER, message)).isEqualTo(Resolution.declined());
	}

	@ParameterizedTest
	@ValueSource(strings = { "no, what about embolization?", "not what I asked, how is ablation done?",
			"that is what I asked" })
	void aTurnDownThatAsksSomethingIsAQuestion(String message) {
		ConversationState afterAnswerWithNothingOffered = ConversationState.NEW.next("ablation", List.of(), false);

		assertThat(this.resolver.resolve(afterAnswerWithNothingOffered, message, this.normalizer.normalize(message)))
			.isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "1, ablation", "2, embolization", "3., care_team", "the first one, ablation", "option 2, embolization",
			"number three, care_team", "the 2nd, embolization", "#1, ablation", "yes the third one, care_team" })
	void picksAnOptionByNumberOrOrdinal(String message, String intent) {
		assertThat(resolve(CLARIFYING, message)).isEqualTo(Resolution.answer(intent, 1.0));
	}

	@Test
	void picksAnOptionByItsText() {
		assertThat(resolve(CLARIFYING, "what about  Care team")).isEqualTo(Resolution.answer("care_team", 1.0));
	}

	@Test
	void aNumberBeyondTheOptionsAsksAgain() {
		ConversationState twoOptions = ConversationState.NEW.next(null, List.of("ablation", "embolization"), true);
		assertThat(resolve(twoOptions, "3")).isEqualTo(Resolution.clarify(List.of("ablation", "embolization"), 1.0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "no", "Neither", "none of them", "no thanks", "Neither of them." })
	void turningTheOptionsDownIsDeclined(String message) {
		assertThat(resolve(CLARIFYING, message).kind()).isEqualTo(Resolution.Kind.DECLINED);
	}

	@Test
	void yesToSeveralOptionsAsksAgainAndYesToOneTakesIt() {
		assertThat(resolve(CLARIFYING, "yes").kind()).isEqualTo(Resolution.Kind.CLARIFY);
		assertThat(resolve(AFTER_ANSWER, "yes please")).isEqualTo(Resolution.answer("embolization", 1.0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "tell me more", "more", "Go on", "more please", "can you tell me more about that",
			"I want to know more" })
	void moreRefersToTheTopic(String message) {
		assertThat(resolve(AFTER_ANSWER, message)).isEqualTo(Resolution.more("ablation"));
	}

	@Test
	void moreWithoutATopicIsAQuestionForTheClassifier() {
		assertThat(
				this.resolver.resolve(ConversationState.NEW, "tell me more", this.normalizer.normalize("tell me more")))
			.isEmpty();
	}

	@Test
	void aBareMoreWithoutATopicContinuesNothing() {
		assertThat(resolve(ConversationState.NEW, "more")).isEqualTo(Resolution.fallback(1.0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "say that simpler la im knackered after a 12 hour shift", "in plain english please",
			"Could you put that more simply, in two or three lines?", "what do you mean?", "sorry, I don't understand",
			"explain it more simply", "say that simpler lol my head is spinning",
			"put it more simply, my eyes are tired", "say more simple please, my english is not so good",
			"say simpler po, my english is not so good", "explain simpler can or not, english is my second language",
			"Could you say that a bit simpler for my dad, would you?",
			"say it more simple please, english is hard for me", "say am simpler abeg",
			"Can you put it in layman's terms?", "explain again simple please",
			"Could you say that more simply? I want to read it to my son, who is ten.",
			"what you mean? i no understand", "What do you mean by that, exactly?", "tell me in plain words",
			"rephrase that please", "simplify it please", "dumb it down for me",
			"Sorry, I don't understand. Can you say it more simple, for an old woman?" })
	void askingForItPlainerAnswersTheTopicAgainInItsShortWording(String message) {
		assertThat(resolve(AFTER_ANSWER, message)).isEqualTo(Resolution.answer("ablation", 1.0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "explain that simpler, what is a lobe?", "say it simpler, is it serious?",
			"put that more simply please, does it hurt", "say simpler can or not, can it come back?",
			"what do you mean by lobes", "I don't understand the difference between primary and secondary",
			"explain simply how ablation works", "Can you say that more simply? Is it serious?",
			"make it easier for my mum to get there", "is there a simpler treatment",
			"in plain english, what is a lobe?", "Say it simpler. How long does it take?",
			"Say it simpler. And does it hurt" })
	void aPlainerRequestThatAsksSomethingOfItsOwnIsAQuestion(String message) {
		assertThat(this.resolver.resolve(AFTER_ANSWER, message, this.normalizer.normalize(message))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sorry, I didn't catch that", "Pardon? Could you say it again, please?",
			"I missed that, can you repeat it", "come again?" })
	void askingToHearItAgainAnswersTheTopicAgain(String message) {
		assertThat(resolve(AFTER_ANSWER, message)).isEqualTo(Resolution.answer("ablation", 1.0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "can you repeat the part about the portal vein", "how often do they repeat it?",
			"what was that" })
	void aRepeatRequestThatNamesItsOwnSubjectIsAQuestion(String message) {
		assertThat(this.resolver.resolve(AFTER_ANSWER, message, this.normalizer.normalize(message))).isEmpty();
	}

	@Test
	void aPlainerRequestWithoutATopicIsAQuestionForTheClassifier() {
		assertThat(this.resolver.resolve(ConversationState.NEW, "say that simpler",
				this.normalizer.normalize("say that simpler")))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "how common", "and is common this? happen with many people?",
			"how common are we talking, ballpark", "so which one is most common", "is common or is rare that?",
			"ok so which of the two is more common?", "How often, exactly? Give me the figure." })
	void askingHowCommonAfterAnAnswerThatSaysItAnswersThatTopic(String message) {
		Response origin = new Response("origin", ResponseKind.ANSWER, "Which cancers spread to the liver?",
				"Most liver metastases start as cancer in the colon or rectum.", null, List.of(), List.of());
		Response ablation = this.content.response("ablation");
		given(this.content.response("origin")).willReturn(origin);
		given(this.content.responses()).willReturn(Map.of("origin", origin, "ablation", ablation));
		TurnResolver resolver = new TurnResolver(this.content, this.normalizer);
		ConversationState afterOrigin = ConversationState.NEW.next("origin", List.of(), false);

		assertThat(resolver.resolve(afterOrigin, message, this.normalizer.normalize(message)))
			.contains(Resolution.answer("origin", 1.0));
		// an answer that says nothing of how common leaves the question to the classifier
		assertThat(resolver.resolve(AFTER_ANSWER, message, this.normalizer.normalize(message))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "what do you mean vague, symptoms", "What do you mean by vague?, symptoms", "what do you mean lobes, ",
			"what do you mean, ablation", "'what you mean, vague?', symptoms", "what did you mean vague, symptoms" })
	void whatDoYouMeanWithAWordOfTheLastAnswerAnswersItAgain(String message, String expected) {
		Response symptoms = new Response("symptoms", ResponseKind.ANSWER, "What are the symptoms?",
				"The symptoms are often vague and hard to identify.", null, List.of(), List.of());
		given(this.content.hasIntent("symptoms")).willReturn(true);
		given(this.content.response("symptoms")).willReturn(symptoms);
		Response ablation = this.content.response("ablation");
		given(this.content.responses()).willReturn(Map.of("symptoms", symptoms, "ablation", ablation));
		TurnResolver resolver = new TurnResolver(this.content, this.normalizer);
		ConversationState after = ConversationState.NEW.next(expected == null ? "ablation" : expected, List.of(),
				false);

		Optional<Resolution> resolution = resolver.resolve(after, message, this.normalizer.normalize(message));

		if (expected == null) {
			// a word the last answer never used is a question of its own
			assertThat(resolution).isEmpty();
		}
		else {
			assertThat(resolution).contains(Resolution.answer(expected, 1.0));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "how often does it happen with melanoma?", "is that common in Korea?",
			"how common is bowel cancer in young people" })
	void aCommonnessQuestionWithASubjectOfItsOwnIsLeftToTheClassifier(String message) {
		Response origin = new Response("origin", ResponseKind.ANSWER, "Which cancers spread to the liver?",
				"Most liver metastases start as cancer in the colon or rectum.", null, List.of(), List.of());
		given(this.content.response("origin")).willReturn(origin);
		given(this.content.responses()).willReturn(Map.of("origin", origin));
		TurnResolver resolver = new TurnResolver(this.content, this.normalizer);
		ConversationState afterOrigin = ConversationState.NEW.next("origin", List.of(), false);

		assertThat(resolver.resolve(afterOrigin, message, this.normalizer.normalize(message))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "start over", "Reset", "new conversation", "let's start over", "restart please" })
	void resetIsRecognisedInAnyState(String message) {
		assertThat(resolve(CLARIFYING, message).kind()).isEqualTo(Resolution.Kind.RESET);
		assertThat(resolve(ConversationState.NEW, message).kind()).isEqualTo(Resolution.Kind.RESET);
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is embolization", "tell me more about ablation", "one more question about surgery",
			"no one told me about ablation", "2 tumors in my liver" })
	void questionsAreLeftToTheClassifier(String message) {
		assertThat(this.resolver.resolve(CLARIFYING, message, this.normalizer.normalize(message))).isEmpty();
	}

	private Resolution resolve(ConversationState state, String message) {
		return this.resolver.resolve(state, message, this.normalizer.normalize(message)).orElseThrow();
	}

}
