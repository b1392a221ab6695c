package com.livermets.assistant.nlu.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.livermets.assistant.nlu.NluProperties;

/**
 * The NLU evaluation command (see {@code docs/nlu.md}): quality of the service's
 * configuration over 5-fold cross-validation of {@code intents/}, the held-out questions
 * and the out-of-scope questions, and the threshold sweep written to {@code docs/}. With
 * {@code experiments} it also compares each robustness feature against the plain
 * bag-of-words baseline on the same folds.
 */
public final class NluEvaluation {

	private NluEvaluation() {
	}

	public static void main(String[] args) throws IOException {
		quietTraining();
		EvaluationData data = EvaluationData.load();
		NluProperties service = NluProperties.defaults();
		Evaluator.Run run = new Evaluator(data).run(service);
		report(data, run, Thresholds.of(service));
		ThresholdSweep sweep = new ThresholdSweep(run);
		writeSweep(sweep, Thresholds.of(service),
				Path.of(args.length > 0 && !args[0].equals("experiments") ? args[0] : "docs"));
		if (List.of(args).contains("experiments")) {
			experiments(data);
		}
	}

	/**
	 * OpenNLP logs every training iteration at INFO; outside Spring Boot nothing turns
	 * that down.
	 */
	static void quietTraining() {
		((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("opennlp"))
			.setLevel(ch.qos.logback.classic.Level.WARN);
	}

	static void report(EvaluationData data, Evaluator.Run run, Thresholds thresholds) {
		System.out.printf(Locale.ROOT, "%d intents, %d examples, %d held-out, %d out-of-scope; thresholds: %s%n",
				data.intents().size(), data.intents().values().stream().mapToInt(List::size).sum(),
				run.heldout().size(), run.outOfScope().size(), thresholds);
		section(Evaluator.REPEATS + " x 5-fold stratified cross-validation of intents/ (seeds " + Evaluator.SEED
				+ "+0.." + (Evaluator.REPEATS - 1) + ", predictions pooled)", run.crossValidated(), thresholds);
		section("held-out questions (" + EvaluationData.HELDOUT + ")", run.heldout(), thresholds);
		System.out.printf(Locale.ROOT, "%n== out of scope (%s)%nfalse-accept rate %.1f%% (%d of %d answered)%n",
				EvaluationData.OUT_OF_SCOPE, 100 * Scores.falseAcceptRate(run.outOfScope(), thresholds),
				run.outOfScope().stream().filter((p) -> p.isAccepted(thresholds)).count(), run.outOfScope().size());
		run.outOfScope()
			.stream()
			.filter((p) -> p.isAccepted(thresholds))
			.forEach((p) -> System.out.printf(Locale.ROOT, "  accepted as %s (%.2f, similarity %.2f)%n", p.top(),
					p.confidence(), p.similarity()));
		System.out.printf(Locale.ROOT, "training on all examples took %d ms%n", run.trainingMillis());
	}

	private static void section(String title, List<Prediction> predictions, Thresholds thresholds) {
		Scores scores = new Scores(predictions, thresholds);
		System.out.printf(Locale.ROOT,
				"%n== %s%naccuracy %.1f%% (top-1 before refusal %.1f%%, refused %.1f%%), "
						+ "macro-F1 %.3f, ECE %.3f%n",
				title, 100 * scores.accuracy(), 100 * scores.topAccuracy(), 100 * scores.refusedRate(),
				scores.macroF1(), scores.expectedCalibrationError());
		System.out.println("intent                      precision recall   n");
		scores.perIntent()
			.forEach((row) -> System.out.printf(Locale.ROOT, "%-27s %8.2f %6.2f %3d%n", row.intent(), row.precision(),
					row.recall(), row.support()));
		System.out.println("most confused (gold -> answered):");
		scores.confusions(8)
			.forEach((c) -> System.out.printf(Locale.ROOT, "  %3d  %s -> %s%n", c.count(), c.gold(), c.predicted()));
	}

	private static void writeSweep(ThresholdSweep sweep, Thresholds configured, Path folder) throws IOException {
		Files.createDirectories(folder);
		String csv = sweep.points()
			.stream()
			.map(ThresholdSweep.Point::csv)
			.collect(Collectors.joining("\n", ThresholdSweep.CSV_HEADER + "\n", "\n"));
		Files.writeString(folder.resolve("nlu-threshold-sweep.csv"), csv);
		Files.writeString(folder.resolve("nlu-threshold-sweep.svg"),
				SweepChart.svg(sweep.curve(configured.similarity()),
						String.format(Locale.ROOT, "Threshold sweep (similarity gate %.2f)", configured.similarity()),
						configured));
		System.out.printf(Locale.ROOT, "%n== threshold sweep written to %s/nlu-threshold-sweep.{csv,svg}%n", folder);
		System.out.println("confidence  cv-accuracy  heldout-accuracy  oos-false-accept   (similarity gate "
				+ configured.similarity() + ")");
		sweep.curve(configured.similarity())
			.forEach((p) -> System.out.printf(Locale.ROOT, "%10.2f  %10.1f%%  %15.1f%%  %15.1f%%%n",
					p.thresholds().confidence(), 100 * p.crossValidatedAccuracy(), 100 * p.heldoutAccuracy(),
					100 * p.falseAcceptRate()));
		sweep.choose()
			.ifPresent((p) -> System.out.printf(Locale.ROOT,
					"rule (best CV accuracy with false accepts <= %.1f%%) picks %s: CV %.1f%%, held-out %.1f%%, "
							+ "false accepts %.1f%%%n",
					100 * ThresholdSweep.MAX_FALSE_ACCEPT, p.thresholds(), 100 * p.crossValidatedAccuracy(),
					100 * p.heldoutAccuracy(), 100 * p.falseAcceptRate()));
	}

	/**
	 * The service's configuration against its parts, same folds for all: each embedding
	 * model alone, no sharpening, no shorthand map, no "not ours" category. The
	 * word-feature rows of docs/nlu.md were measured with code the service never ran,
	 * since removed.
	 */
	static void experiments(EvaluationData data) {
		NluProperties service = NluProperties.defaults();
		Map<String, Experiment> rows = new LinkedHashMap<>();
		rows.put("all-MiniLM-L6-v2 only",
				new Experiment(data, service.withModel(List.of("all-minilm-l6-v2"), service.sharpening())));
		rows.put("bge-small-en-v1.5 only",
				new Experiment(data, service.withModel(List.of("bge-small-en-v1.5"), service.sharpening())));
		rows.put("both models, no sharpening", new Experiment(data, service.withModel(service.embeddingModels(), 1)));
		rows.put("- shorthand/synonym map", new Experiment(data.withoutShorthand(), service));
		rows.put("- out-of-scope training class", new Experiment(data.withoutNotOurs(), service));
		rows.put("service defaults", new Experiment(data, service));
		System.out.printf(Locale.ROOT,
				"%n== experiments (thresholds per row chosen by the same rule: best CV "
						+ "accuracy with out-of-scope false accepts <= %.1f%%)%n",
				100 * ThresholdSweep.MAX_FALSE_ACCEPT);
		System.out.println("| config | CV top-1 | CV accuracy | CV macro-F1 | held-out accuracy | OOS false accept "
				+ "| ECE | thresholds (confidence, similarity) | training ms |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		List<String> lines = new ArrayList<>();
		rows.forEach((name, experiment) -> lines.add(experiment.row(name)));
		lines.forEach(System.out::println);
	}

	private record Experiment(EvaluationData data, NluProperties properties) {

		String row(String name) {
			Evaluator.Run run = new Evaluator(this.data).run(this.properties);
			ThresholdSweep.Point point = new ThresholdSweep(run).choose()
				.orElseThrow(() -> new IllegalStateException("no thresholds keep false accepts low for " + name));
			Scores cv = new Scores(run.crossValidated(), point.thresholds());
			return String.format(Locale.ROOT,
					"| %s | %.1f%% | %.1f%% | %.3f | %.1f%% | %.1f%% | %.3f | %.2f, %.2f | %d |", name,
					100 * cv.topAccuracy(), 100 * cv.accuracy(), cv.macroF1(), 100 * point.heldoutAccuracy(),
					100 * point.falseAcceptRate(), cv.expectedCalibrationError(), point.thresholds().confidence(),
					point.thresholds().similarity(), run.trainingMillis());
		}

	}

}
