package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.livermets.assistant.nlu.EmbeddingClassifier;
import com.livermets.assistant.nlu.SentenceEmbeddings;

/**
 * The safety stage's trained detector: a logistic regression over the same sentence
 * embeddings, with one outcome per level and one for no risk, learned from the labelled
 * messages, the exemplars and the intents' examples. Where the exemplar detector asks "is
 * this close to one reviewed phrasing?", this one weighs every labelled message at once,
 * so it generalises to phrasings nobody wrote down (docs/safety.md measures both on
 * held-out sets). It reads the vectors the exemplar detector already computed: no second
 * forward pass, one dot product per level.
 */
final class RiskClassifier {

	/**
	 * One training message: its level ({@link Triage#NONE} for no risk) and normalized
	 * text.
	 */
	record Example(Triage level, String text) {
	}

	/**
	 * Training settings, not tuning knobs: the L2 cost keeps probabilities modest, and
	 * L-BFGS converges by 300.
	 */
	private static final double REGULARIZATION = 0.01;

	private static final int ITERATIONS = 300;

	private final EmbeddingClassifier model;

	private final SafetyProperties.Classifier thresholds;

	/**
	 * Texts reviewed as no risk (intent examples, calm look-alikes, calm labelled
	 * messages), normalized.
	 */
	private final Set<String> calm;

	private RiskClassifier(EmbeddingClassifier model, SafetyProperties.Classifier thresholds, Set<String> calm) {
		this.model = model;
		this.thresholds = thresholds;
		this.calm = calm;
	}

	/**
	 * What the classifier learns from: the labelled messages (a calm one sentence by
	 * sentence as well, since no sentence of it is a risk), every exemplar at its rule's
	 * level, and every calm look-alike and intent example as no risk.
	 * @param levels the level of each rule id
	 * @param questions the intents' examples, normalized
	 */
	static List<Example> examples(List<TrainingFile.Labelled> labelled, ExemplarFile.Parsed exemplars,
			Map<String, Triage> levels, List<String> questions) {
		List<Example> examples = new ArrayList<>();
		for (TrainingFile.Labelled message : labelled) {
			examples.add(new Example(message.level(), message.text()));
			if (message.level() == Triage.NONE) {
				message.sentences().forEach((sentence) -> examples.add(new Example(Triage.NONE, sentence)));
			}
		}
		exemplars.risks()
			.forEach((rule, list) -> list
				.forEach((exemplar) -> examples.add(new Example(levels.get(rule), exemplar.text()))));
		exemplars.calm().forEach((exemplar) -> examples.add(new Example(Triage.NONE, exemplar.text())));
		questions.forEach((question) -> examples.add(new Example(Triage.NONE, question)));
		return examples;
	}

	/**
	 * The classifier for these examples: the build's when it trained on exactly these,
	 * else trained now.
	 */
	static RiskClassifier train(SentenceEmbeddings embeddings, List<Example> examples,
			SafetyProperties.Classifier thresholds) {
		Objects.requireNonNull(thresholds, "thresholds");
		if (examples.stream().map(Example::level).distinct().count() < 2) {
			throw new IllegalArgumentException("need risk and no-risk examples to train");
		}
		List<String> texts = examples.stream().map(Example::text).toList();
		List<float[]> embedded = embeddings.examples(texts);
		List<Map.Entry<String, float[]>> vectors = new ArrayList<>(examples.size());
		for (int i = 0; i < examples.size(); i++) {
			vectors.add(Map.entry(examples.get(i).level().wireName(), embedded.get(i)));
		}
		Set<String> calm = examples.stream()
			.filter((example) -> example.level() == Triage.NONE)
			.map(Example::text)
			.collect(Collectors.toUnmodifiableSet());
		return new RiskClassifier(
				EmbeddingClassifier.forExamples(vectors, texts, embeddings.models(), REGULARIZATION, ITERATIONS),
				thresholds, calm);
	}

	/**
	 * How close to an exemplar of this level a unit must come for a verdict of that level
	 * to stand.
	 */
	double nearestFloor(Triage level) {
		return this.thresholds.nearest().floor(level);
	}

	/**
	 * What the classifier reads in one unit, from one evaluation of the model.
	 *
	 * @param level the most urgent level that fires, {@link Triage#NONE} for none
	 * @param sureOfCrisis whether it is a crisis with near certainty: enough to outweigh
	 * an emergency named in the same words
	 * @param probabilities the model's probability of each level, by wire name
	 */
	record Verdict(Triage level, boolean sureOfCrisis, Map<String, Double> probabilities) {

		double probability(Triage level) {
			return this.probabilities.getOrDefault(level.wireName(), 0.0);
		}

	}

	/**
	 * The most urgent level whose probability reaches its threshold, among the levels
	 * this unit's framing allows. A text reviewed as no risk stays so: a smooth model may
	 * still score a training example it learned as calm ("my mom forgot her pills") near
	 * the crises that share its words, and the review is the stronger evidence.
	 * @param text the unit's normalized text
	 */
	Verdict assess(String text, float[] vector, Set<Triage> allowed) {
		Map<String, Double> probabilities = this.model.probabilities(vector);
		boolean sure = probabilities.getOrDefault(Triage.CRISIS.wireName(), 0.0) >= this.thresholds
			.crisisOverEmergency();
		if (!this.calm.contains(text)) {
			for (Triage level : SafetyTriage.PRIORITY) {
				if (allowed.contains(level)
						&& probabilities.getOrDefault(level.wireName(), 0.0) >= this.thresholds.threshold(level)) {
					return new Verdict(level, sure, probabilities);
				}
			}
		}
		return new Verdict(Triage.NONE, sure, probabilities);
	}

	/** The probability of each level, for calibration. */
	Map<String, Double> probabilities(float[] vector) {
		return this.model.probabilities(vector);
	}

}
