package com.livermets.assistant.conversation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionPartsTests {

	@Test
	void aStoryIsJudgedByItsQuestion() {
		var parts = QuestionParts.parts("My dad was diagnosed last month. He is very tired. Where did it come from?");

		assertThat(QuestionParts.questions(parts)).containsExactly("Where did it come from?");
	}

	@Test
	void twoQuestionsJoinedByAndAreTwoParts() {
		var parts = QuestionParts.parts(
				"what is genetic testing of the tumor for, and is there a chemo that goes " + "straight to the liver?");

		assertThat(QuestionParts.questions(parts)).containsExactly("what is genetic testing of the tumor for",
				"is there a chemo that goes straight to the liver?");
	}

	@Test
	void numberedQuestionsAreTwoParts() {
		var parts = QuestionParts
			.parts("Firstly, what does the liver do, and secondly, how big is it compared with other organs?");

		assertThat(QuestionParts.questions(parts)).containsExactly("Firstly, what does the liver do",
				"how big is it compared with other organs?");
	}

	@Test
	void itemsNumberedWithABracketAreParts() {
		assertThat(QuestionParts
			.questions(QuestionParts.parts("Two questions: 1) what's ablation 2) what's embolization")))
			.containsExactly("what's ablation", "what's embolization");
		assertThat(QuestionParts.questions(
				QuestionParts.parts("1) does it come from somewhere else, and 2) where does it come from most often?")))
			.containsExactly("does it come from somewhere else", "where does it come from most often?");
	}

	@Test
	void aMessageOpensWithItsFirstPartOrWhatComesBeforeItsFirstComma() {
		assertThat(QuestionParts.opening(QuestionParts.parts("Thank you, dear. She will be most impressed.")))
			.contains("Thank you, dear.");
		assertThat(QuestionParts.opening(QuestionParts.parts("Ta love, I'll mention it Thursday.")))
			.contains("Ta love");
		assertThat(QuestionParts.opening(QuestionParts.parts("thanks so much"))).isEmpty();
		assertThat(QuestionParts.opening(QuestionParts.parts("while i have you, whats the score of the game")))
			.isEmpty();
		assertThat(QuestionParts.opening(List.of())).isEmpty();
	}

	@Test
	void aRequestToDefineOrDescribeIsAQuestion() {
		assertThat(QuestionParts.questions(QuestionParts
			.parts("1) Does it come back later? 2) Please define 'primary liver cancer'. 3) Describe the liver.")))
			.containsExactly("Does it come back later?", "Please define 'primary liver cancer'.",
					"Describe the liver.");
	}

	@Test
	void aColonAfterAFrameSplitsButNotAfterAQuestion() {
		assertThat(QuestionParts.parts("Two things please: what is ablation, and how is it done?"))
			.containsExactly("Two things please", "what is ablation", "how is it done?");
		assertThat(QuestionParts
			.parts("which is more common: cancer that spreads to the liver, or cancer that starts there?")).hasSize(1);
	}

	@Test
	void aCommaOrAnAndBetweenNounsIsNoJoint() {
		assertThat(QuestionParts.parts("my aunt has pancreatic cancer, can that go to the liver?")).hasSize(1);
		assertThat(QuestionParts.parts("can breast and lung cancer spread to the liver?")).hasSize(1);
	}

	@Test
	void questionWordsAsTextersSpellThemStartAPart() {
		assertThat(QuestionParts.questions(QuestionParts.parts("wats ablation and wats embolisation")))
			.containsExactly("wats ablation", "wats embolisation");
		assertThat(QuestionParts.questions(QuestionParts.parts("wat is it for n hw long does it take")))
			.containsExactly("wat is it for", "hw long does it take");
	}

	@Test
	void aQuestionThatPointsBackCanTakeTheStatementBeforeIt() {
		var parts = QuestionParts.parts("My mum has liver mets from bowel cancer. How common is that?");

		assertThat(QuestionParts.asked(parts, false)).isEqualTo("How common is that?");
		assertThat(QuestionParts.asked(parts, true))
			.isEqualTo("My mum has liver mets from bowel cancer. How common is that?");
	}

	@Test
	void aTopicNamedBeforeItsQuestionIsAQuestion() {
		assertThat(QuestionParts.questions(QuestionParts.parts("genetic testing wat is it for n is it covered")))
			.containsExactly("genetic testing wat is it for", "is it covered");
		assertThat(QuestionParts.isQuestion("my dad had the operation in may")).isFalse();
	}

	@Test
	void anAcknowledgementIsNoStatementToReadAQuestionWith() {
		var parts = QuestionParts.parts("ok, and who would actually treat it?");

		assertThat(QuestionParts.asked(parts, true)).isEqualTo("who would actually treat it?");
		assertThat(QuestionParts.asked(QuestionParts.parts("Stomach cancer. Can it travel to the liver?"), true))
			.isEqualTo("Stomach cancer. Can it travel to the liver?");
	}

	@Test
	void explainingToSomeoneElseAsksNothing() {
		assertThat(QuestionParts.isQuestion("She keeps asking and I want to explain it accurately.")).isFalse();
		assertThat(QuestionParts.isQuestion("Please explain what the portal vein does.")).isTrue();
		assertThat(QuestionParts.isQuestion("I would like you to explain to me how ablation works.")).isTrue();
	}

	@Test
	void aQuestionReportedInAStatementIsAQuestion() {
		assertThat(QuestionParts.isQuestion("My neighbour asked me which cancers most often reach the liver."))
			.isTrue();
		assertThat(QuestionParts.isQuestion("The nurse asked about his appetite.")).isFalse();
	}

	@Test
	void aQuestionThatNamesNothingTakesTheStatementBeforeIt() {
		var parts = QuestionParts.parts("I read that bowel cancer often spreads to the liver. Any idea?");

		assertThat(QuestionParts.asked(parts, false)).isEqualTo("Any idea?");
		assertThat(QuestionParts.asked(parts, true))
			.isEqualTo("I read that bowel cancer often spreads to the liver. Any idea?");
		assertThat(QuestionParts.asked(QuestionParts.parts("ok. Do you know?"), true)).isEqualTo("Do you know?");
		assertThat(QuestionParts.asked(QuestionParts.parts("They want to send the tumour for a gene test. What for?"),
				true))
			.isEqualTo("They want to send the tumour for a gene test. What for?");
	}

	@Test
	void aQuestionThatAsksOnlyWhichTakesTheStatementBeforeIt() {
		var parts = QuestionParts.parts("Someone told me the liver sits under one of the lungs. Which one?");

		assertThat(QuestionParts.asked(parts, true))
			.isEqualTo("Someone told me the liver sits under one of the lungs. Which one?");
	}

}
