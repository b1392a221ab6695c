package com.livermets.assistant.nlu.eval;

import com.livermets.assistant.nlu.NluProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's classifier configuration against our own sets, with the same code as the
 * evaluation command: a change to the model or the data that makes it worse fails the
 * build. Tagged {@code evaluation}: it runs the models over whole data sets, which takes
 * minutes, so it runs with {@code ./mvnw verify}.
 */
@Tag("evaluation")
class NluQualityTests {

	/** A tenth of a point of cross-validated accuracy: the spread between processors. */
	private static final double SWEEP_TOLERANCE = 0.001;

	private static EvaluationData data;

	private static Evaluator.Run run;

	private static Thresholds thresholds;

	@BeforeAll
	static void evaluate() {
		NluEvaluation.quietTraining();
		data = EvaluationData.load();
		NluProperties service = NluProperties.defaults();
		thresholds = Thresholds.of(service);
		run = new Evaluator(data).run(service);
	}

	@Test
	void crossValidatedTopIntentIsUsuallyRight() {
		assertThat(new Scores(run.crossValidated(), thresholds).topAccuracy()).isGreaterThanOrEqualTo(0.935);
	}

	/**
	 * Issue 4's goal was 95% cross-validated, a refusal counting as wrong; 92.5% since
	 * issue 16's harder examples (rounds 2 and 3), which raised accuracy on the blind
	 * answer sets; half a point under round 3's figures (docs/nlu.md, "Threshold").
	 */
	@Test
	void crossValidatedAnswersAreRightOrRefused() {
		Scores scores = new Scores(run.crossValidated(), thresholds);
		assertThat(scores.accuracy()).isGreaterThanOrEqualTo(0.925);
		assertThat(scores.macroF1()).isGreaterThanOrEqualTo(0.935);
	}

	@Test
	void heldOutQuestionsAreAnswered() {
		assertThat(new Scores(run.heldout(), thresholds).accuracy()).isGreaterThanOrEqualTo(0.98);
	}

	@Test
	void outOfScopeQuestionsAreRefused() {
		assertThat(data.outOfScope()).hasSizeGreaterThanOrEqualTo(100);
		assertThat(Scores.falseAcceptRate(run.outOfScope(), thresholds))
			.isLessThanOrEqualTo(ThresholdSweep.MAX_FALSE_ACCEPT);
	}

	@Test
	void confidenceIsRoughlyCalibrated() {
		assertThat(new Scores(run.crossValidated(), thresholds).expectedCalibrationError()).isLessThanOrEqualTo(0.04);
	}

	/**
	 * The configured thresholds are the sweep's operating point, or as good as it: within
	 * {@link #SWEEP_TOLERANCE} of its cross-validated accuracy and within the
	 * false-accept cap. On the machine of 2026-12-05 (another processor,
	 * docs/hazard-log.md H43) the best point moved from 0.30/0.50 to 0.25/0.45 by 0.08
	 * points of accuracy, which is the encoders' arithmetic, not a better operating
	 * point.
	 */
	@Test
	void configuredThresholdsAreTheOnesTheSweepChooses() {
		ThresholdSweep sweep = new ThresholdSweep(run);
		ThresholdSweep.Point configured = sweep.points()
			.stream()
			.filter((point) -> point.thresholds().equals(thresholds))
			.findFirst()
			.orElseThrow();
		assertThat(sweep.choose()).hasValueSatisfying((best) -> {
			assertThat(configured.falseAcceptRate()).isLessThanOrEqualTo(ThresholdSweep.MAX_FALSE_ACCEPT);
			assertThat(configured.crossValidatedAccuracy())
				.as("configured %s against the sweep's %s", thresholds, best.thresholds())
				.isGreaterThanOrEqualTo(best.crossValidatedAccuracy() - SWEEP_TOLERANCE);
		});
	}

	@Test
	void foldsAreStratifiedAndDisjoint() {
		var folds = Evaluator.stratifiedFolds(data.intents(), Evaluator.FOLDS, Evaluator.SEED);
		data.intents().forEach((intent, questions) -> {
			int total = folds.stream().mapToInt((fold) -> fold.getOrDefault(intent, java.util.List.of()).size()).sum();
			assertThat(total).isEqualTo(questions.size());
			folds.forEach((fold) -> assertThat(fold.get(intent)).hasSizeGreaterThanOrEqualTo(questions.size() / 5));
		});
	}

}
