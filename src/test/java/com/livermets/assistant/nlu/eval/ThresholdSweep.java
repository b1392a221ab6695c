package com.livermets.assistant.nlu.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * In-scope accuracy against out-of-scope false accepts for every pair of thresholds on a
 * grid, and the rule that picks the operating point from it.
 */
final class ThresholdSweep {

	/** The most out-of-scope questions we accept answering: one in forty. */
	static final double MAX_FALSE_ACCEPT = 0.025;

	record Point(Thresholds thresholds, double crossValidatedAccuracy, double heldoutAccuracy, double falseAcceptRate) {

		String csv() {
			return String.format(Locale.ROOT, "%.2f,%.2f,%.4f,%.4f,%.4f", this.thresholds.confidence(),
					this.thresholds.similarity(), this.crossValidatedAccuracy, this.heldoutAccuracy,
					this.falseAcceptRate);
		}

	}

	static final String CSV_HEADER = "confidence_threshold,similarity_threshold,cv_accuracy,heldout_accuracy,oos_false_accept";

	private final List<Point> points;

	ThresholdSweep(Evaluator.Run run) {
		List<Point> grid = new ArrayList<>();
		for (int s = 0; s <= 80; s += 5) {
			for (int c = 0; c <= 95; c += 5) {
				Thresholds thresholds = new Thresholds(c / 100.0, s / 100.0);
				grid.add(new Point(thresholds, new Scores(run.crossValidated(), thresholds).accuracy(),
						new Scores(run.heldout(), thresholds).accuracy(),
						Scores.falseAcceptRate(run.outOfScope(), thresholds)));
			}
		}
		this.points = List.copyOf(grid);
	}

	List<Point> points() {
		return this.points;
	}

	/**
	 * The points for one similarity threshold, by rising confidence threshold: one
	 * trade-off curve.
	 */
	List<Point> curve(double similarity) {
		return this.points.stream().filter((p) -> Math.abs(p.thresholds().similarity() - similarity) < 1e-9).toList();
	}

	/**
	 * The operating point: the best cross-validated accuracy among the points whose
	 * false-accept rate is within {@link #MAX_FALSE_ACCEPT}; on a tie, the stricter
	 * thresholds.
	 */
	Optional<Point> choose() {
		return this.points.stream()
			.filter((p) -> p.falseAcceptRate() <= MAX_FALSE_ACCEPT)
			.max(Comparator.comparingDouble(Point::crossValidatedAccuracy)
				.thenComparingDouble((p) -> p.thresholds().similarity())
				.thenComparingDouble((p) -> p.thresholds().confidence()));
	}

}
