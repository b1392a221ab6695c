package com.livermets.assistant.nlu;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class EmbeddingClassifierTests {

	private static final List<Map.Entry<String, float[]>> EXAMPLES = List.of(Map.entry("north", unit(0.1f, 1)),
			Map.entry("north", unit(-0.1f, 1)), Map.entry("east", unit(1, 0.1f)), Map.entry("east", unit(1, -0.1f)),
			Map.entry("south", unit(0.1f, -1)), Map.entry("south", unit(-0.1f, -1)));

	@Test
	void givesEveryCategoryAProbabilityAndTheNearestDirectionTheMost() {
		EmbeddingClassifier classifier = EmbeddingClassifier.train(EXAMPLES, 0.01, 300);
		Map<String, Double> probabilities = classifier.probabilities(unit(0.2f, 0.9f));
		assertThat(probabilities).containsOnlyKeys("north", "east", "south");
		assertThat(probabilities.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
		assertThat(probabilities.get("north")).isGreaterThan(probabilities.get("east"))
			.isGreaterThan(probabilities.get("south"));
	}

	@Test
	void strongerRegularizationGivesSofterProbabilities() {
		float[] message = unit(0.2f, 0.9f);
		double sharp = EmbeddingClassifier.train(EXAMPLES, 0.01, 300).probabilities(message).get("north");
		double soft = EmbeddingClassifier.train(EXAMPLES, 1, 300).probabilities(message).get("north");
		assertThat(soft).isLessThan(sharp);
	}

	@Test
	void refusesAVectorOfAnotherDimension() {
		EmbeddingClassifier classifier = EmbeddingClassifier.train(EXAMPLES, 0.01, 300);
		assertThatIllegalArgumentException().isThrownBy(() -> classifier.probabilities(new float[] { 1, 0, 0 }))
			.withMessageContaining("expected 2 dimensions, got 3");
	}

	@Test
	void refusesToTrainOnNothing() {
		assertThatIllegalArgumentException().isThrownBy(() -> EmbeddingClassifier.train(List.of(), 0.01, 300));
	}

	private static float[] unit(float x, float y) {
		float length = (float) Math.sqrt(x * x + y * y);
		return new float[] { x / length, y / length };
	}

}
