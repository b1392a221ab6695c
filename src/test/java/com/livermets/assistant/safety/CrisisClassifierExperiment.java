package com.livermets.assistant.safety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.livermets.assistant.text.Sentences;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Does a trained crisis classifier over the sentence embeddings generalise better than more exemplars? Leave one
 * read set out: train a logistic regression (crisis against everything else) on the exemplar file, the intents'
 * examples and the other read sets, then score the held-out set, alone and together with the service's current
 * detectors. Every sentence of a message and the message as a whole are scored; the highest probability counts.
 * Never reads a blind set that has not been scored yet. Run:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.livermets.assistant.safety.CrisisClassifierExperiment
 * </pre>
 */
public final class CrisisClassifierExperiment {

	private static final List<String> READ_SETS = List.of("blind", "blind-2", "dev", "dev-2");

	private static final Set<String> CRISIS_RULES = Set.of("suicidal_thoughts", "self_harm", "overdose_intent");

	private static final double[] THRESHOLDS = { 0.3, 0.5, 0.7, 0.8, 0.9 };

	/** One message: its label, the current service's verdict and the embedding of each unit. */
	record Case(String set, String text, boolean crisis, boolean currentCrisis, boolean currentAlarm, boolean nearMiss,
			List<float[]> units) {
	}

	record Example(float[] vector, boolean crisis) {
	}

	private CrisisClassifierExperiment() {
	}

	public static void main(String[] args) throws IOException {
		SafetyTriage triage = SafetyFixtures.triage();
		List<Example> base = new ArrayList<>();
		String rule = null;
		for (String line : SafetyFixtures.classpathText("intents/safety/exemplars.txt").split("\n")) {
			if (line.startsWith("rule:")) {
				rule = line.substring(5).strip();
			}
			else if (line.startsWith("like:")) {
				base.add(new Example(embed(line.substring(5)), CRISIS_RULES.contains(rule)));
			}
			else if (line.startsWith("calm:")) {
				base.add(new Example(embed(line.substring(5)), false));
			}
		}
		for (String example : SafetyFixtures.intentExamples()) {
			base.add(new Example(embed(example), false));
		}
		List<Case> cases = new ArrayList<>();
		for (String set : READ_SETS) {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:safety/" + set + "/*.tsv")) {
				for (String[] row : SafetyFixtures.tsv("safety/" + set + "/" + resource.getFilename())) {
					String[] turns = row[1].split(" \\|\\| ");
					String text = turns[turns.length - 1];
					Triage expected = SafetyFixtures.label(row[0]);
					Triage got = triage.assess(text).map(SafetyVerdict::triage).orElse(Triage.NONE);
					List<float[]> units = new ArrayList<>();
					units.add(embed(text));
					List<String> sentences = Sentences.split(text);
					if (sentences.size() > 1) {
						sentences.forEach((sentence) -> units.add(embed(sentence)));
					}
					cases.add(new Case(set, text, expected == Triage.CRISIS, got == Triage.CRISIS,
							got.isUrgent(), expected == Triage.NONE, units));
				}
			}
		}
		System.out.printf("%d base examples, %d cases%n", base.size(), cases.size());
		for (String heldOut : READ_SETS) {
			List<Example> training = new ArrayList<>(base);
			for (Case c : cases) {
				if (!c.set().equals(heldOut)) {
					// a crisis is known of the message, not of which sentence; no sentence of a calm message is one
					List<float[]> units = c.crisis() ? c.units().subList(0, 1) : c.units();
					units.forEach((unit) -> training.add(new Example(unit, c.crisis())));
				}
			}
			double[] weights = train(training);
			List<Case> test = cases.stream().filter((c) -> c.set().equals(heldOut)).toList();
			report(heldOut, test, weights);
		}
	}

	private static void report(String set, List<Case> test, double[] weights) {
		int crises = 0;
		int nearMisses = 0;
		int current = 0;
		int currentAlarms = 0;
		int[] alone = new int[THRESHOLDS.length];
		int[] union = new int[THRESHOLDS.length];
		int[] alarms = new int[THRESHOLDS.length];
		for (Case c : test) {
			double p = c.units().stream().mapToDouble((unit) -> probability(weights, unit)).max().orElse(0);
			if (c.crisis()) {
				crises++;
				current += c.currentCrisis() ? 1 : 0;
			}
			if (c.nearMiss()) {
				nearMisses++;
				currentAlarms += c.currentAlarm() ? 1 : 0;
			}
			for (int t = 0; t < THRESHOLDS.length; t++) {
				boolean fires = p >= THRESHOLDS[t];
				if (c.crisis()) {
					alone[t] += fires ? 1 : 0;
					union[t] += (fires || c.currentCrisis()) ? 1 : 0;
				}
				if (c.nearMiss()) {
					alarms[t] += (fires || c.currentAlarm()) ? 1 : 0;
				}
			}
		}
		System.out.printf("held out %-8s crisis %d, near misses %d; current: crisis %d/%d, false alarms %d/%d%n", set,
				crises, nearMisses, current, crises, currentAlarms, nearMisses);
		for (int t = 0; t < THRESHOLDS.length; t++) {
			System.out.printf("  p >= %.1f: classifier alone %d/%d; with the current detectors %d/%d, false alarms %d/%d%n",
					THRESHOLDS[t], alone[t], crises, union[t], crises, alarms[t], nearMisses);
		}
	}

	private static float[] embed(String text) {
		return SafetyFixtures.EMBEDDINGS.message(SafetyFixtures.NORMALIZER.normalize(text).text());
	}

	/** L2-regularised logistic regression, classes weighted to balance, full-batch gradient descent. */
	static double[] train(List<Example> examples) {
		int dimensions = examples.get(0).vector().length;
		double[] w = new double[dimensions + 1];
		long positives = examples.stream().filter(Example::crisis).count();
		double positiveWeight = (examples.size() - positives) / (double) positives;
		double rate = 0.5;
		double lambda = 1e-4;
		for (int epoch = 0; epoch < 300; epoch++) {
			double[] gradient = new double[dimensions + 1];
			double total = 0;
			for (Example example : examples) {
				double weight = example.crisis() ? positiveWeight : 1;
				double error = (probability(w, example.vector()) - (example.crisis() ? 1 : 0)) * weight;
				float[] x = example.vector();
				for (int i = 0; i < dimensions; i++) {
					gradient[i] += error * x[i];
				}
				gradient[dimensions] += error;
				total += weight;
			}
			for (int i = 0; i <= dimensions; i++) {
				w[i] -= rate * (gradient[i] / total * 10 + ((i < dimensions) ? lambda * w[i] : 0));
			}
		}
		return w;
	}

	static double probability(double[] w, float[] x) {
		double z = w[x.length];
		for (int i = 0; i < x.length; i++) {
			z += w[i] * x[i];
		}
		return 1 / (1 + Math.exp(-z));
	}

}
