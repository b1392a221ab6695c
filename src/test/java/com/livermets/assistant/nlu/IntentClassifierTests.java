package com.livermets.assistant.nlu;

import java.util.List;
import java.util.Map;

import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IntentClassifierTests {

	private static final Map<String, List<String>> EXAMPLES = Map.of("ablation",
			List.of("what is ablation", "how does ablation work", "ablation for liver tumors",
					"can heat destroy a tumor"),
			"embolization", List.of("what is embolization", "how does embolization work",
					"embolization of liver tumors", "blocking the blood supply to a tumor"));

	private final TextNormalizer normalizer = new TextNormalizer(ShorthandLexicon.empty());

	@Test
	void answersTrainedQuestionsAndRanksTheRestBelow() {
		IntentClassifier classifier = IntentClassifier.train(EXAMPLES, List.of("what is the weather"), this.normalizer,
				NluProperties.defaults());
		Classification classification = classifier.classify("how does ablation work on tumors");
		assertThat(classification.intent()).isEqualTo("ablation");
		assertThat(classification.ranking()).extracting(ScoredIntent::intent)
			.containsExactly("ablation", "embolization");
		assertThat(classification.similarity()).isGreaterThan(0);
	}

	@Test
	void refusesMessagesFarInMeaningFromEveryExample() {
		IntentClassifier classifier = IntentClassifier.train(EXAMPLES, this.normalizer, NluProperties.defaults());
		Classification classification = classifier.classify("banana bread recipe");
		assertThat(classification.isRefused()).isTrue();
		assertThat(classification.similarity()).isLessThan(NluProperties.defaults().similarityThreshold());
	}

	@Test
	void embeddingsRecogniseAParaphraseWithoutSharedWords() {
		String paraphrase = "destroying the growth by burning it";
		IntentClassifier classifier = IntentClassifier.train(EXAMPLES, this.normalizer, NluProperties.defaults());
		assertThat(classifier.classify(paraphrase).topIntent()).isEqualTo("ablation");
	}

	@Test
	void theOutOfScopeCategoryIsNeverAnIntent() {
		IntentClassifier classifier = IntentClassifier.train(EXAMPLES,
				List.of("what is the weather today", "weather forecast for tomorrow", "will it rain"), this.normalizer,
				NluProperties.defaults());
		Classification classification = classifier.classify("what is the weather like");
		assertThat(classification.isRefused()).isTrue();
		assertThat(classification.ranking()).extracting(ScoredIntent::intent).doesNotContain("fallback");
		assertThat(classification.outOfScope()).isGreaterThan(0.5);
	}

	@Test
	void aMessageWithNothingToReadIsRefusedNotAnError() {
		IntentClassifier classifier = IntentClassifier.train(EXAMPLES, this.normalizer, NluProperties.defaults());
		for (String message : new String[] { "", "?!", "   " }) {
			Classification classification = classifier.classify(message);
			assertThat(classification.isRefused()).as(message).isTrue();
			assertThat(classification.confidence()).isZero();
		}
	}

	@Test
	void fallbackCannotBeTrainedAsAnIntent() {
		assertThatIllegalArgumentException().isThrownBy(() -> IntentClassifier
			.train(Map.of("fallback", List.of("x"), "other", List.of("y")), this.normalizer, NluProperties.defaults()));
	}

}
