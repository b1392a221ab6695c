package com.livermets.assistant.nlu.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.NluProperties;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Trains a configuration on stratified cross-validation folds of {@code intents/} and on
 * all of it, and records every prediction with its raw scores. Classifiers are trained
 * with both thresholds at zero so that any threshold can be applied afterwards to the
 * same predictions.
 */
final class Evaluator {

	static final int FOLDS = 5;

	/**
	 * Cross-validation is repeated on differently shuffled folds and the predictions
	 * pooled: with about 30 examples an intent, one split alone moved accuracy by more
	 * than a point either way.
	 */
	static final int REPEATS = 3;

	static final long SEED = 20240611L;

	/** What one configuration did on every set. */
	record Run(List<Prediction> crossValidated, List<Prediction> heldout, List<Prediction> outOfScope,
			long trainingMillis) {
	}

	private final EvaluationData data;

	Evaluator(EvaluationData data) {
		this.data = data;
	}

	Run run(NluProperties properties) {
		NluProperties unthresholded = withoutThresholds(properties);
		TextNormalizer normalizer = this.data.normalizer();
		List<Callable<List<Prediction>>> trainings = new ArrayList<>();
		for (int repeat = 0; repeat < REPEATS; repeat++) {
			List<Map<String, List<String>>> folds = stratifiedFolds(this.data.intents(), FOLDS, SEED + repeat);
			for (int k = 0; k < FOLDS; k++) {
				int heldOutFold = k;
				trainings.add(() -> predictFold(folds, heldOutFold, unthresholded));
			}
		}
		List<Prediction> crossValidated = ParallelTraining.run(trainings).stream().flatMap(List::stream).toList();
		long started = System.nanoTime();
		IntentClassifier full = IntentClassifier.train(this.data.intents(), this.data.notOurs(), normalizer,
				unthresholded);
		long trainingMillis = (System.nanoTime() - started) / 1_000_000;
		List<Prediction> heldout = this.data.heldout()
			.stream()
			.map((labelled) -> Prediction.of(labelled.intent(), full.classify(labelled.question())))
			.toList();
		List<Prediction> outOfScope = this.data.outOfScope()
			.stream()
			.map((question) -> Prediction.of(null, full.classify(question)))
			.toList();
		return new Run(crossValidated, heldout, outOfScope, trainingMillis);
	}

	/** Trains on every fold but {@code k} and predicts fold {@code k}. */
	private List<Prediction> predictFold(List<Map<String, List<String>>> folds, int k, NluProperties unthresholded) {
		Map<String, List<String>> training = new LinkedHashMap<>();
		for (int other = 0; other < FOLDS; other++) {
			if (other != k) {
				folds.get(other)
					.forEach((intent, questions) -> training.computeIfAbsent(intent, (key) -> new ArrayList<>())
						.addAll(questions));
			}
		}
		IntentClassifier classifier = IntentClassifier.train(training, this.data.notOurs(), this.data.normalizer(),
				unthresholded);
		List<Prediction> predictions = new ArrayList<>();
		folds.get(k)
			.forEach((intent, questions) -> questions
				.forEach((question) -> predictions.add(Prediction.of(intent, classifier.classify(question)))));
		return predictions;
	}

	/**
	 * Splits each intent's examples over the folds after a seeded shuffle, so every fold
	 * holds about a fifth of every intent and the split is the same for every
	 * configuration compared.
	 */
	static List<Map<String, List<String>>> stratifiedFolds(Map<String, List<String>> intents, int k, long seed) {
		List<Map<String, List<String>>> folds = new ArrayList<>();
		for (int i = 0; i < k; i++) {
			folds.add(new LinkedHashMap<>());
		}
		Random random = new Random(seed);
		intents.forEach((intent, questions) -> {
			List<String> shuffled = new ArrayList<>(questions);
			Collections.shuffle(shuffled, random);
			for (int i = 0; i < shuffled.size(); i++) {
				folds.get(i % k).computeIfAbsent(intent, (key) -> new ArrayList<>()).add(shuffled.get(i));
			}
		});
		return folds;
	}

	private static NluProperties withoutThresholds(NluProperties p) {
		return p.withCacheSize(0).withThresholds(0, 0);
	}

}
