package com.livermets.assistant.nlu.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Quality figures of a set of in-scope predictions at given thresholds. */
final class Scores {

	static final int CALIBRATION_BINS = 10;

	record PerIntent(String intent, double precision, double recall, double f1, int support) {
	}

	record Confusion(String gold, String predicted, int count) {
	}

	private final List<Prediction> predictions;

	private final Thresholds thresholds;

	Scores(List<Prediction> predictions, Thresholds thresholds) {
		this.predictions = List.copyOf(predictions);
		this.thresholds = thresholds;
	}

	/** Share answered with the right intent; a refusal counts as wrong. */
	double accuracy() {
		return share(this.predictions, (p) -> p.isCorrect(this.thresholds));
	}

	/** Share whose best-ranked intent is right, whatever the thresholds. */
	double topAccuracy() {
		return share(this.predictions, Prediction::isTopCorrect);
	}

	double refusedRate() {
		return share(this.predictions, (p) -> !p.isAccepted(this.thresholds));
	}

	List<PerIntent> perIntent() {
		TreeSet<String> intents = this.predictions.stream()
			.map(Prediction::gold)
			.collect(Collectors.toCollection(TreeSet::new));
		List<PerIntent> rows = new ArrayList<>();
		for (String intent : intents) {
			int truePositives = 0;
			int predicted = 0;
			int support = 0;
			for (Prediction p : this.predictions) {
				boolean saidIt = intent.equals(p.decided(this.thresholds));
				predicted += saidIt ? 1 : 0;
				support += intent.equals(p.gold()) ? 1 : 0;
				truePositives += (saidIt && intent.equals(p.gold())) ? 1 : 0;
			}
			double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
			double recall = support == 0 ? 0 : (double) truePositives / support;
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			rows.add(new PerIntent(intent, precision, recall, f1, support));
		}
		return rows;
	}

	double macroF1() {
		return perIntent().stream().mapToDouble(PerIntent::f1).average().orElse(0);
	}

	/** Wrong answers and refusals, most frequent pair first. */
	List<Confusion> confusions(int limit) {
		Map<String, Integer> counts = new TreeMap<>();
		for (Prediction p : this.predictions) {
			String decided = p.decided(this.thresholds);
			if (!decided.equals(p.gold())) {
				counts.merge(p.gold() + "\t" + decided, 1, Integer::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.map((e) -> new Confusion(e.getKey().split("\t")[0], e.getKey().split("\t")[1], e.getValue()))
			.sorted(Comparator.comparingInt(Confusion::count).reversed())
			.limit(limit)
			.toList();
	}

	/**
	 * Expected calibration error of the top intent's confidence: the gap between stated
	 * confidence and observed accuracy, averaged over ten equal-width bins weighted by
	 * how many predictions fall in each.
	 */
	double expectedCalibrationError() {
		double[] confidence = new double[CALIBRATION_BINS];
		double[] correct = new double[CALIBRATION_BINS];
		int[] count = new int[CALIBRATION_BINS];
		for (Prediction p : this.predictions) {
			int bin = Math.min(CALIBRATION_BINS - 1, (int) (p.confidence() * CALIBRATION_BINS));
			confidence[bin] += p.confidence();
			correct[bin] += p.isTopCorrect() ? 1 : 0;
			count[bin]++;
		}
		double error = 0;
		for (int bin = 0; bin < CALIBRATION_BINS; bin++) {
			if (count[bin] > 0) {
				error += Math.abs(confidence[bin] - correct[bin]) / this.predictions.size();
			}
		}
		return error;
	}

	/** Share of out-of-scope questions answered with some intent instead of refused. */
	static double falseAcceptRate(List<Prediction> outOfScope, Thresholds thresholds) {
		return share(outOfScope, (p) -> p.isAccepted(thresholds));
	}

	private static double share(List<Prediction> predictions, java.util.function.Predicate<Prediction> test) {
		return predictions.isEmpty() ? 0 : (double) predictions.stream().filter(test).count() / predictions.size();
	}

}
