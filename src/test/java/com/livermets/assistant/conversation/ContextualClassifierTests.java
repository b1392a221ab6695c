package com.livermets.assistant.conversation;

import java.util.List;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.ResponseKind;
import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.ScoredIntent;
import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** Follow-up rewriting, with the classifier and content replaced by Mockito. */
class ContextualClassifierTests {

	private static final Classification UNSURE = new Classification(null, 0.2,
			List.of(new ScoredIntent("definition", 0.2), new ScoredIntent("embolization", 0.15),
					new ScoredIntent("ablation", 0.1), new ScoredIntent("cost_insurance", 0.05)));

	private static final ClarificationPolicy POLICY = new ClarificationPolicy(
			new ConversationProperties(0.6, 0.3, 3, 0.05), 0.5);

	private final TextNormalizer normalizer = new TextNormalizer(ShorthandLexicon.empty());

	private final IntentClassifier classifier = mock(IntentClassifier.class);

	private final Content content = mock(Content.class);

	private ContextualClassifier contextual;

	@BeforeEach
	void setUp() {
		given(this.content.hasIntent("ablation")).willReturn(true);
		given(this.content.response("ablation")).willReturn(new Response("ablation", ResponseKind.ANSWER,
				"What is ablation?", "short", null, List.of(), List.of()));
		given(this.classifier.classify(any(NormalizedText.class))).willReturn(UNSURE);
		this.contextual = new ContextualClassifier(this.classifier, this.normalizer, this.content, POLICY);
	}

	@Test
	void pronounIsReplacedByTheTopicsSubject() {
		givenConfident("how is ablation done", "ablation");

		assertThat(classify("how is that done?", "ablation").intent()).isEqualTo("ablation");
	}

	@Test
	void ellipticalFragmentTakesTheTopicsQuestionFrame() {
		givenConfident("what is embolization", "embolization");

		assertThat(classify("and embolization?", "ablation").intent()).isEqualTo("embolization");
	}

	@Test
	void aTextersNOpensAnEllipticalFollowUp() {
		givenConfident("what is embolization", "embolization");

		assertThat(classify("n embolization?", "ablation").intent()).isEqualTo("embolization");
		assertThat(Phrases.isNo(List.of("n"))).as("'n' alone stays a no").isTrue();
	}

	@Test
	void wholeQuestionJoinIsKeptOnlyWhenTheFragmentAloneRanksItsIntentHigh() {
		givenConfident("cost what is ablation", "ablation");
		assertThat(classify("what about cost", "ablation")).as("ablation is in the fragment's top three")
			.isNotSameAs(UNSURE);

		givenConfident("cost what is ablation", "care_team");
		assertThat(classify("what about cost", "ablation")).as("care team is not").isSameAs(UNSURE);
	}

	@Test
	void unsureRewritesAreNotUsed() {
		assertThat(classify("how is that done?", "ablation")).isSameAs(UNSURE);
	}

	@Test
	void aConfidentMessageIsNeverRewritten() {
		Classification clear = new Classification("embolization", 0.95,
				List.of(new ScoredIntent("embolization", 0.95), new ScoredIntent("ablation", 0.02)));
		given(this.classifier.classify(any(NormalizedText.class))).willReturn(clear);

		assertThat(classify("is that embolization", "ablation")).isSameAs(clear);
		verify(this.classifier, never()).classify(argThat((NormalizedText text) -> text.text().contains("ablation")));
	}

	@Test
	void aQuestionWhoseOnlySubjectIsAPronounIsAboutTheTopicEvenWhenConfidentAlone() {
		givenConfident("how does this work", "capabilities");
		givenConfident("how does ablation work", "ablation");

		assertThat(classify("how does this work?", "ablation").intent()).isEqualTo("ablation");
		assertThat(classify("how does this work?", null).intent()).as("without a topic it asks about the chat")
			.isEqualTo("capabilities");
	}

	@Test
	void aConfidentPronounQuestionStandsWhenTheTopicDoesNotMakeItClearer() {
		givenConfident("how does this work", "capabilities");

		assertThat(classify("how does this work?", "ablation").intent()).isEqualTo("capabilities");
	}

	/**
	 * "Is that common?" alone reads as how common liver metastases are; after an answer
	 * it asks about that answer's subject, which the topic's whole question supplies when
	 * replacing the pronoun does not.
	 */
	@Test
	void aConfidentPronounQuestionJoinedToTheTopicsQuestionIsAboutTheTopic() {
		givenConfident("is that common", "primary_vs_secondary");
		givenConfident("is that common what is ablation", "ablation");

		assertThat(classify("is that common?", "ablation").intent()).isEqualTo("ablation");
		assertThat(classify("is that common?", null).intent()).isEqualTo("primary_vs_secondary");
	}

	/**
	 * "Which one's the most common out of all of em?" after a list of cancers names none
	 * of them: it asks about the list just given, not how common liver metastases are.
	 */
	@Test
	void aSuperlativeAboutThePronounIsAboutTheTopic() {
		givenConfident("which one is the most common out of all of em then", "primary_vs_secondary");
		givenConfident("which one is the most common out of all of em then what is ablation", "ablation");

		assertThat(classify("which one is the most common out of all of em then?", "ablation").intent())
			.isEqualTo("ablation");
	}

	/**
	 * "So which one is the most common?" after a list of cancers: "so" says nothing, and
	 * after "and" the pronoun question is still about the topic, never a neighbour.
	 */
	@Test
	void aPronounQuestionAfterADiscourseWordOrAnOpeningIsAboutTheTopic() {
		givenAblationFollowedUpByEmbolization();
		givenConfident("so which one is the most common", "primary_vs_secondary");
		givenConfident("so which one is the most common what is ablation", "ablation");
		givenConfident("and which one is the most common", "primary_vs_secondary");
		givenConfident("which one is the most common", "primary_vs_secondary");
		givenConfident("which one is the most common what is ablation", "ablation");
		givenConfident("which one is the most common what is embolization", "embolization");

		assertThat(classify("so which one is the most common?", "ablation").intent()).isEqualTo("ablation");
		assertThat(classify("and which one is the most common?", "ablation").intent()).isEqualTo("ablation");
	}

	/**
	 * "And where is it?" after "what does the liver do?": the reply's named subject
	 * stands for "it", and may lead to another topic.
	 */
	@Test
	void aShortFollowUpsPronounIsTheRepliesNamedSubject() {
		given(this.content.response("ablation")).willReturn(new Response("ablation", ResponseKind.ANSWER,
				"What is ablation?", "short", null, List.of(), List.of(), "the procedure", null));
		givenConfident("where is the procedure done", "embolization");
		givenConfident("and where is it done what is ablation", "ablation");

		assertThat(classify("and where is it done?", "ablation").intent()).isEqualTo("embolization");
	}

	/**
	 * "is it all one lump or in parts?" after what the liver does: "it" right after the
	 * question's verb is the named subject, however long the question.
	 */
	@Test
	void aLongerQuestionAskedOfItIsAboutTheNamedSubject() {
		given(this.content.response("ablation")).willReturn(new Response("ablation", ResponseKind.ANSWER,
				"What is ablation?", "short", null, List.of(), List.of(), "the procedure", null));
		givenConfident("is the procedure all done in one go or in parts", "embolization");
		givenConfident("how does the procedure work on a tumour near a big vessel", "minimally_invasive");

		assertThat(classify("is it all done in one go or in parts?", "ablation").intent()).isEqualTo("embolization");
		assertThat(classify("how does it work on a tumour near a big vessel?", "ablation").intent())
			.isEqualTo("minimally_invasive");
	}

	/**
	 * "is there support for the family?" after ablation: that "there" points nowhere, so
	 * the question is never read as one about the procedure (answers/blind-27).
	 */
	@Test
	void anExistentialThereIsNoPronoun() {
		given(this.content.response("ablation")).willReturn(new Response("ablation", ResponseKind.ANSWER,
				"What is ablation?", "short", null, List.of(), List.of(), "the procedure", null));
		givenConfident("is the procedure support for family", "ablation");
		givenConfident("is there support for family", "support_programs");
		givenConfident("there is the procedure", "ablation");

		assertThat(classify("Is there support for family?", "ablation").intent()).isEqualTo("support_programs");
		assertThat(Phrases.hasAnaphor(List.of("is", "there", "a", "group"))).isFalse();
		assertThat(Phrases.hasAnaphor(List.of("is", "it", "done", "there"))).isTrue();
		assertThat(Phrases.hasAnaphor(List.of("how", "many", "are", "there"))).isTrue();
	}

	/** In a longer question, "there" and "that" are seldom the last reply's subject. */
	@Test
	void aLongQuestionsPronounsAreNotTheNamedSubject() {
		given(this.content.response("ablation")).willReturn(new Response("ablation", ResponseKind.ANSWER,
				"What is ablation?", "short", null, List.of(), List.of(), "the procedure", null));
		given(this.classifier.classify(argThat((NormalizedText n) -> n != null && n.text().contains("the procedure"))))
			.willReturn(new Classification("embolization", 0.9, List.of(new ScoredIntent("embolization", 0.9))));
		givenConfident("is there a chemo that goes straight into the liver", "hepatic_arterial_chemo");

		assertThat(classify("is there a chemo that goes straight into the liver?", "ablation").intent())
			.isEqualTo("hepatic_arterial_chemo");
	}

	@ParameterizedTest
	@ValueSource(strings = { "is that embolization", "what is this chat for", "that is it", "how much does that cost" })
	void aConfidentQuestionThatNamesMoreThanAPronounIsNeverRewritten(String message) {
		Classification clear = new Classification("capabilities", 0.95,
				List.of(new ScoredIntent("capabilities", 0.95), new ScoredIntent("ablation", 0.02)));
		given(this.classifier.classify(any(NormalizedText.class))).willReturn(clear);

		assertThat(classify(message, "ablation")).isSameAs(clear);
		verify(this.classifier, never()).classify(argThat((NormalizedText text) -> text.text().contains("ablation")));
	}

	@Test
	void withoutATopicTheMessageIsClassifiedAlone() {
		assertThat(classify("how is that done?", null)).isSameAs(UNSURE);
	}

	/**
	 * "What are the cells called?" after where the liver is: refused alone, read with the
	 * last topic's question when the words alone rank that reading high.
	 */
	@Test
	void aShortQuestionRefusedAloneIsReadWithTheTopicsQuestion() {
		givenConfident("what are the cells called what is ablation", "ablation");
		given(this.classifier
			.classify(argThat((NormalizedText n) -> n != null && n.text().equals("what are the cells called"))))
			.willReturn(Classification.refused(0.3,
					List.of(new ScoredIntent("definition", 0.3), new ScoredIntent("ablation", 0.2)), 0, 0));

		assertThat(classify("what are the cells called?", "ablation").intent()).isEqualTo("ablation");
	}

	@Test
	void aShortQuestionRefusedAloneStaysRefusedWhenItsWordsLeanElsewhere() {
		givenConfident("a good garage in town what is ablation", "ablation");
		given(this.classifier
			.classify(argThat((NormalizedText n) -> n != null && n.text().equals("a good garage in town"))))
			.willReturn(Classification.refused(0.3,
					List.of(new ScoredIntent("definition", 0.3), new ScoredIntent("embolization", 0.2),
							new ScoredIntent("care_team", 0.1), new ScoredIntent("ablation", 0.01)),
					0, 0));

		assertThat(classify("a good garage in town?", "ablation").isRefused()).isTrue();
	}

	@Test
	void aLongQuestionWithoutPronounOrOpeningIsNotALeaningFollowUp() {
		classify("which imaging tests find tumors in the liver", "ablation");

		verify(this.classifier, never()).classify(argThat((NormalizedText text) -> text.text().contains("ablation")));
	}

	/**
	 * A neighbour wins only when the fragment alone leans to it clearly: "the blood
	 * vessels" after ablation is embolization; "the kidneys" after "which cancers spread
	 * to the liver?" leans away only faintly.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "the blood vessels, 0.4, 0.1, embolization", "the kidneys, 0.24, 0.03, ablation" })
	void anEllipticalFollowUpLeavesTheTopicOnlyForANeighbourTheFragmentClearlyLeansTo(String fragment,
			double neighbourShare, double topicShare, String expected) {
		givenAblationFollowedUpByEmbolization();
		givenConfident(fragment + " what is ablation", "ablation");
		givenConfident(fragment + " what is embolization", "embolization");
		given(this.classifier.classify(argThat((NormalizedText n) -> n != null && n.text().equals(fragment))))
			.willReturn(new Classification(null, neighbourShare, List
				.of(new ScoredIntent("embolization", neighbourShare), new ScoredIntent("ablation", topicShare))));

		assertThat(classify("and " + fragment + "?", "ablation").intent()).isEqualTo(expected);
	}

	@Test
	void neighboursAreTriedBestFirstAndOneThatReadsBackEndsTheSearch() {
		givenAblationFollowedUpByEmbolization();
		givenConfident("the blood vessels what is ablation", "ablation");
		givenConfident("the blood vessels what is embolization", "embolization");
		given(this.classifier
			.classify(argThat((NormalizedText n) -> n != null && n.text().equals("the blood vessels"))))
			.willReturn(new Classification("fallback", 0.4,
					List.of(new ScoredIntent("embolization", 0.4), new ScoredIntent("ablation", 0.1))));

		assertThat(classify("and the blood vessels?", "ablation").intent()).isEqualTo("embolization");
		// each rewrite read is a forward pass of both encoders
		verify(this.classifier, never())
			.classify(argThat((NormalizedText text) -> text.text().equals("the blood vessels what is ablation")));
	}

	@Test
	void anEllipticalFollowUpStaysOnTheTopicWhenTheFragmentLeansNowhere() {
		givenAblationFollowedUpByEmbolization();
		givenConfident("kidney what is ablation", "ablation");
		givenConfident("kidney what is embolization", "embolization");

		assertThat(classify("what about kidney", "ablation").intent()).isEqualTo("ablation");
	}

	@Test
	void anEllipticalFollowUpMayGoWhereTheFragmentAloneLeansBeyondTheNeighbours() {
		givenAblationFollowedUpByEmbolization();
		given(this.content.hasIntent("colorectal_risk")).willReturn(true);
		given(this.content.response("colorectal_risk")).willReturn(new Response("colorectal_risk", ResponseKind.ANSWER,
				"Why does colon cancer spread to the liver?", "short", null, List.of(), List.of()));
		given(this.classifier.classify(argThat((NormalizedText n) -> n != null && n.text().equals("why the liver"))))
			.willReturn(new Classification("colorectal_risk", 0.6,
					List.of(new ScoredIntent("colorectal_risk", 0.6), new ScoredIntent("ablation", 0.1))));
		givenConfident("why the liver why does colon cancer spread to the liver", "colorectal_risk");

		assertThat(classify("and why the liver?", "ablation").intent()).isEqualTo("colorectal_risk");
	}

	/**
	 * "What about the kidneys?" after which cancers spread to the liver: the word alone
	 * leans to the bowel-cancer answer, but only the last answer names kidney cancer.
	 */
	@ParameterizedTest
	@CsvSource({ "Ablation can treat tumours that started as kidney cancer., ablation", "short, embolization" })
	void anEllipticalFollowUpPrefersTheAnswerThatNamesWhatItAsksAbout(String ablationAnswer, String expected) {
		Response ablation = new Response("ablation", ResponseKind.ANSWER, "What is ablation?", ablationAnswer, null,
				List.of(), List.of("embolization"));
		Response embolization = new Response("embolization", ResponseKind.ANSWER, "What is embolization?",
				"Embolization blocks the blood supply of liver tumours.", null, List.of(), List.of());
		given(this.content.response("ablation")).willReturn(ablation);
		given(this.content.hasIntent("embolization")).willReturn(true);
		given(this.content.response("embolization")).willReturn(embolization);
		given(this.content.responses())
			.willReturn(java.util.Map.of("ablation", ablation, "embolization", embolization));
		// the answers' words are read once, when the classifier is built
		this.contextual = new ContextualClassifier(this.classifier, this.normalizer, this.content, POLICY);
		givenConfident("the kidneys what is ablation", "ablation");
		givenConfident("the kidneys what is embolization", "embolization");
		given(this.classifier.classify(argThat((NormalizedText n) -> n != null && n.text().equals("the kidneys"))))
			.willReturn(new Classification(null, 0.4,
					List.of(new ScoredIntent("embolization", 0.4), new ScoredIntent("ablation", 0.03))));

		assertThat(classify("what about the kidneys?", "ablation").intent()).isEqualTo(expected);
	}

	/**
	 * A texter's "n kidney?" reads alone as a greeting; "kidney" alone does not, so the
	 * greeting came from the opening and does not keep the follow-up from the topic.
	 */
	@Test
	void aClearReadingThatOnlyTheOpeningGivesDoesNotOverruleTheTopic() {
		givenAblationFollowedUpByEmbolization();
		given(this.content.hasIntent("greeting")).willReturn(true);
		given(this.content.response("greeting")).willReturn(
				new Response("greeting", ResponseKind.SMALLTALK, "Hello", "Hello!", null, List.of(), List.of()));
		givenConfident("n kidney", "greeting");
		givenConfident("kidney what is ablation", "ablation");

		assertThat(classify("n kidney?", "ablation").intent()).isEqualTo("ablation");
	}

	@Test
	void smallTalkThatTheFragmentSaysAloneStands() {
		givenAblationFollowedUpByEmbolization();
		given(this.content.hasIntent("thanks")).willReturn(true);
		given(this.content.response("thanks")).willReturn(
				new Response("thanks", ResponseKind.SMALLTALK, "Thanks", "You're welcome", null, List.of(), List.of()));
		givenConfident("and thank you", "thanks");
		givenConfident("thank you", "thanks");
		givenConfident("thank you what is ablation", "ablation");

		assertThat(classify("and thank you", "ablation").intent()).isEqualTo("thanks");
	}

	@Test
	void thisWithNothingSaidBeforeMeansLiverMetastases() {
		givenConfident("where does liver metastases even come from", "origin");

		assertThat(classify("where does this even come from", null).intent()).isEqualTo("origin");
	}

	/**
	 * Ablation offers embolization as its follow-up, so embolization is its neighbour.
	 */
	private void givenAblationFollowedUpByEmbolization() {
		given(this.content.response("ablation")).willReturn(new Response("ablation", ResponseKind.ANSWER,
				"What is ablation?", "short", null, List.of(), List.of("embolization")));
		given(this.content.hasIntent("embolization")).willReturn(true);
		given(this.content.response("embolization")).willReturn(new Response("embolization", ResponseKind.ANSWER,
				"What is embolization?", "short", null, List.of(), List.of()));
		given(this.content.responses()).willReturn(java.util.Map.of());
	}

	private void givenConfident(String text, String intent) {
		given(this.classifier.classify(argThat((NormalizedText n) -> n != null && n.text().equals(text))))
			.willReturn(new Classification(intent, 0.9,
					List.of(new ScoredIntent(intent, 0.9), new ScoredIntent("definition", 0.05))));
	}

	private Classification classify(String message, String topic) {
		return this.contextual.classify(this.normalizer.normalize(message), topic);
	}

}
