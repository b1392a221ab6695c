package com.livermets.assistant.safety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.livermets.assistant.content.ContentFile;

/**
 * Chooses the risk classifier's thresholds recall-first, on sets it did not learn from:
 * leave one read set out, train on the exemplars, the intents' examples and the other
 * sets' messages exactly as the service trains on the training file, then score the
 * held-out set with the rules and the exemplar detector beside it, as the service
 * decides. Prints, per level and threshold, the recall and the false alarms on near
 * misses pooled over the folds; with thresholds as arguments
 * ({@code crisis,emergency,symptom} each), also the result of that choice per set. Never
 * reads a blind set that has not been scored. {@code -Dcalibration.sets=a,b} holds out
 * only the sets named. Run (exec:java cannot load the tokenizer's native library):
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *   com.livermets.assistant.safety.RiskClassifierCalibration [0.5,0.6,0.6 0.6,0.6,0.4]
 * </pre>
 */
public final class RiskClassifierCalibration {

	/** The sets already scored blind and folded into the training file. */
	private static final List<String> READ_SETS = List
		.of(System.getProperty("calibration.sets", "blind,blind-2,blind-3,blind-4,blind-5,dev,dev-2,dev-3").split(","));

	private static final double[] SWEEP = { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 };

	private static final List<Triage> LEVELS = SafetyTriage.PRIORITY;

	private static final double CRISIS_OVER_EMERGENCY = SafetyFixtures.DEFAULTS.classifier().crisisOverEmergency();

	/**
	 * One held-out message: what it should get, what the rules found, and per unit the
	 * other detectors' views.
	 */
	record Case(String set, Triage expected, Triage byRules, List<Unit> units, String text) {
	}

	record Unit(Set<Triage> allowed, Triage byRules, Triage byExemplars, Map<String, Double> probabilities,
			SemanticDetector.Scores scores, String text) {

		Unit(Set<Triage> allowed, Triage byRules, Triage byExemplars, Map<String, Double> probabilities) {
			this(allowed, byRules, byExemplars, probabilities, null, null);
		}

	}

	private RiskClassifierCalibration() {
	}

	public static void main(String[] args) throws IOException {
		SafetyProperties defaults = SafetyFixtures.DEFAULTS;
		SafetyTriage current = SafetyFixtures.load(new SafetyProperties(defaults.rules(), defaults.cues(),
				defaults.exemplars(), defaults.messages(), defaults.emergencyNumber(), defaults.semantic(),
				defaults.training(), defaults.calmQuestions(), defaults.lookAlikes(),
				new SafetyProperties.Classifier(false, 1, 1, 1, 1, SafetyProperties.Nearest.OFF),
				SafetyFixtures.NO_MODEL));
		SemanticDetector exemplarDetector = current.semantic().orElseThrow();
		List<SafetyRule> rules = RuleFile.parse(
				new ContentFile("intents/safety/rules.txt", SafetyFixtures.classpathText("intents/safety/rules.txt")));
		Map<String, Triage> levels = rules.stream().collect(Collectors.toMap(SafetyRule::id, SafetyRule::level));
		ExemplarFile.Parsed exemplars = ExemplarFile.parse(
				new ContentFile("intents/safety/exemplars.txt",
						SafetyFixtures.classpathText("intents/safety/exemplars.txt")),
				rules.stream().map(SafetyRule::id).toList(), SafetyFixtures.NORMALIZER);
		List<String> questions = SafetyLoader.calmLines(new ContentFile("intents/safety/calm-questions.txt",
				SafetyFixtures.classpathText("intents/safety/calm-questions.txt")), SafetyFixtures.NORMALIZER);
		Map<String, List<String[]>> rows = new java.util.LinkedHashMap<>();
		for (String set : READ_SETS) {
			rows.put(set,
					SafetyFixtures.lastTurns(set)
						.stream()
						.map((c) -> new String[] { c.label(), c.message().strip() })
						.toList());
		}
		String trainingFile = SafetyFixtures.classpathText("intents/safety/training.tsv");
		String dumpTo = System.getProperty("calibration.dump");
		boolean dump = dumpTo != null;
		List<Case> cases = new ArrayList<>();
		for (String heldOut : READ_SETS) {
			Set<String> heldOutMessages = rows.get(heldOut)
				.stream()
				.map((row) -> SafetyFixtures.NORMALIZER.normalize(row[1]).text())
				.collect(Collectors.toSet());
			StringBuilder training = new StringBuilder();
			rows.forEach((set, setRows) -> {
				if (!set.equals(heldOut)) {
					setRows.forEach((row) -> training.append(row[0]).append('\t').append(row[1]).append('\n'));
				}
			});
			// the rest of the training file, as the service learns it: the answer
			// sets and the lines written for the classifier; never a line of the
			// held-out set
			training.append(withoutSet(trainingFile, heldOut, heldOutMessages));
			List<TrainingFile.Labelled> labelled = dedupe(training.toString());
			RiskClassifier classifier = RiskClassifier.train(SafetyFixtures.EMBEDDINGS,
					RiskClassifier.examples(labelled, exemplars, levels, questions),
					new SafetyProperties.Classifier(true, 1, 1, 1, 1, SafetyProperties.Nearest.OFF));
			for (String[] row : rows.get(heldOut)) {
				SafetyTriage.Reading reading = current.read(row[1]);
				List<Unit> units = new ArrayList<>();
				for (SafetyTriage.Scope scope : reading.units()) {
					float[] vector = exemplarDetector.vector(scope.text());
					Triage byExemplars = exemplarDetector.assess(vector, scope.allowed())
						.map(SemanticDetector.Hit::level)
						.orElse(null);
					units.add(new Unit(scope.allowed(), scope.rules(), byExemplars, classifier.probabilities(vector),
							dump ? exemplarDetector.scores(scope.text()) : null, scope.text()));
				}
				cases.add(new Case(heldOut, SafetyFixtures.label(row[0]), reading.rules(), units, row[1]));
			}
			System.out.printf("fold %s: trained on %d labelled messages, %d held-out cases%n", heldOut, labelled.size(),
					rows.get(heldOut).size());
		}
		if (dump) {
			dump(cases, java.nio.file.Path.of(dumpTo));
		}
		Map<Triage, Double> none = thresholds(2, 2, 2);
		System.out.printf("%nwithout the classifier: %s%n", score(cases, none, false));
		for (Triage level : LEVELS) {
			System.out.printf("%n%s varied (others off): with the rules and exemplars | the classifier alone%n",
					level.wireName());
			for (double t : SWEEP) {
				Map<Triage, Double> thresholds = new EnumMap<>(none);
				thresholds.put(level, t);
				System.out.printf("  %.1f  %s | %s%n", t, score(cases, thresholds, false),
						score(cases, thresholds, true));
			}
		}
		for (String arg : args) {
			String[] values = arg.split(",");
			Map<Triage, Double> chosen = thresholds(Double.parseDouble(values[0]), Double.parseDouble(values[1]),
					Double.parseDouble(values[2]));
			for (boolean withExemplars : new boolean[] { true, false }) {
				System.out.printf("%nchosen %s, rules + %s: %s%n", chosen,
						withExemplars ? "exemplars + classifier" : "classifier",
						score(cases, chosen, true, withExemplars));
				for (String set : READ_SETS) {
					System.out.printf("  %-8s %s%n", set, score(
							cases.stream().filter((c) -> c.set().equals(set)).toList(), chosen, true, withExemplars));
				}
			}
			System.out.printf("chosen, classifier alone: %s%n", score(cases, chosen, false, false));
			if (Boolean.getBoolean("calibration.show")) {
				show(cases, chosen);
			}
		}
	}

	/**
	 * Every case the chosen thresholds get wrong, with what each detector read: the
	 * rules' level, and per unit the exemplars' level and the classifier's probabilities.
	 */
	private static void show(List<Case> cases, Map<Triage, Double> thresholds) {
		for (Case c : cases) {
			Triage got = decide(c, thresholds);
			boolean good = (c.expected() == Triage.CONTACT_DOCTOR) ? got == c.expected() || got == Triage.EMERGENCY
					: got == c.expected();
			if (good) {
				continue;
			}
			StringBuilder units = new StringBuilder();
			for (Unit unit : c.units()) {
				units.append(String.format(" [r=%s e=%s c=%.2f m=%.2f s=%.2f %s]", unit.byRules().wireName(),
						(unit.byExemplars() != null) ? unit.byExemplars().wireName() : "-",
						unit.probabilities().getOrDefault("crisis", 0.0),
						unit.probabilities().getOrDefault("emergency", 0.0),
						unit.probabilities().getOrDefault("contact_doctor", 0.0),
						unit.allowed().stream().map((level) -> level.wireName().substring(0, 2)).toList()));
			}
			System.out.printf("WRONG %s expected %s got %s rules=%s%s%n  %s%n", c.set(), c.expected().wireName(),
					got.wireName(), (c.byRules() != null) ? c.byRules().wireName() : "-", units, c.text());
		}
	}

	/**
	 * Every case with what each detector read, one JSON object a line, to try decision
	 * rules without training again.
	 */
	private static void dump(List<Case> cases, java.nio.file.Path file) throws IOException {
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		List<String> lines = new ArrayList<>();
		for (Case c : cases) {
			List<Map<String, Object>> units = new ArrayList<>();
			for (Unit unit : c.units()) {
				Map<String, Object> u = new java.util.LinkedHashMap<>();
				u.put("text", unit.text());
				u.put("allowed", unit.allowed().stream().map(Triage::wireName).toList());
				u.put("rules", unit.byRules().wireName());
				u.put("exemplars", (unit.byExemplars() != null) ? unit.byExemplars().wireName() : "none");
				u.put("p", unit.probabilities());
				Map<String, Double> closest = new java.util.LinkedHashMap<>();
				unit.scores().closest().forEach((level, value) -> closest.put(level.wireName(), value));
				u.put("closest", closest);
				u.put("calm", unit.scores().calm());
				units.add(u);
			}
			Map<String, Object> row = new java.util.LinkedHashMap<>();
			row.put("set", c.set());
			row.put("expected", c.expected().wireName());
			row.put("rules", (c.byRules() != null) ? c.byRules().wireName() : "none");
			row.put("text", c.text());
			row.put("units", units);
			lines.add(json.writeValueAsString(row));
		}
		java.nio.file.Files.write(file, lines);
	}

	/**
	 * The training file without the held-out set's section and without any line equal to
	 * one of its messages.
	 */
	private static String withoutSet(String file, String heldOut, Set<String> heldOutMessages) {
		StringBuilder kept = new StringBuilder();
		boolean inHeldOutSection = false;
		for (String line : file.split("\n")) {
			if (line.startsWith("# ---")) {
				inHeldOutSection = line.endsWith("from the set " + heldOut);
			}
			if (line.isBlank() || line.startsWith("#") || inHeldOutSection || line.indexOf('\t') < 0) {
				continue;
			}
			String message = SafetyFixtures.NORMALIZER.normalize(line.substring(line.indexOf('\t') + 1)).text();
			if (!heldOutMessages.contains(message)) {
				kept.append(line).append('\n');
			}
		}
		return kept.toString();
	}

	/**
	 * The same set may repeat a message in two files; the training file keeps it once.
	 */
	private static List<TrainingFile.Labelled> dedupe(String text) {
		StringBuilder unique = new StringBuilder();
		Set<String> seen = new java.util.HashSet<>();
		for (String line : text.split("\n")) {
			String message = SafetyFixtures.NORMALIZER.normalize(line.substring(line.indexOf('\t') + 1)).text();
			if (!message.isEmpty() && seen.add(message)) {
				unique.append(line).append('\n');
			}
		}
		return TrainingFile.parse(new ContentFile("training", unique.toString()), SafetyFixtures.NORMALIZER);
	}

	private static Map<Triage, Double> thresholds(double crisis, double emergency, double symptom) {
		Map<Triage, Double> thresholds = new EnumMap<>(Triage.class);
		thresholds.put(Triage.CRISIS, crisis);
		thresholds.put(Triage.EMERGENCY, emergency);
		thresholds.put(Triage.CONTACT_DOCTOR, symptom);
		return thresholds;
	}

	/**
	 * Recall per level and false alarms, as scripts/score-safety.py counts them. The
	 * rules and exemplars were written from these very sets' misses, so only the
	 * classifier alone ({@code alone}) is measured on unseen text.
	 */
	private static String score(List<Case> cases, Map<Triage, Double> thresholds, boolean alone) {
		return score(cases, thresholds, alone, !alone);
	}

	private static String score(List<Case> cases, Map<Triage, Double> thresholds, boolean rules, boolean exemplars) {
		Map<Triage, int[]> counts = new EnumMap<>(Triage.class);
		for (Case c : cases) {
			Triage got = decide(new Case(c.set(), c.expected(), rules ? c.byRules() : null,
					c.units()
						.stream()
						.map((unit) -> new Unit(unit.allowed(), rules ? unit.byRules() : Triage.NONE,
								exemplars ? unit.byExemplars() : null, unit.probabilities()))
						.toList(),
					c.text()), thresholds);
			boolean good = switch (c.expected()) {
				case CRISIS -> got == Triage.CRISIS;
				case EMERGENCY -> got == Triage.EMERGENCY;
				case CONTACT_DOCTOR -> got == Triage.CONTACT_DOCTOR || got == Triage.EMERGENCY;
				case NONE -> got == Triage.NONE;
			};
			int[] count = counts.computeIfAbsent(c.expected(), (level) -> new int[2]);
			count[0] += good ? 1 : 0;
			count[1]++;
		}
		int[] calm = counts.getOrDefault(Triage.NONE, new int[2]);
		return String.format("crisis %s  emergency %s  symptom %s  false alarms %d/%d",
				ratio(counts.get(Triage.CRISIS)), ratio(counts.get(Triage.EMERGENCY)),
				ratio(counts.get(Triage.CONTACT_DOCTOR)), calm[1] - calm[0], calm[1]);
	}

	private static String ratio(int[] count) {
		return (count == null) ? "-" : count[0] + "/" + count[1];
	}

	/** What {@link SafetyTriage#assess} decides, with these classifier thresholds. */
	private static Triage decide(Case c, Map<Triage, Double> thresholds) {
		if (c.byRules() == Triage.CRISIS) {
			return Triage.CRISIS;
		}
		Triage semantic = Triage.NONE;
		boolean emergency = c.byRules() == Triage.EMERGENCY;
		boolean crisisInAnEmergencySentence = false;
		for (Unit unit : c.units()) {
			Triage byExemplars = (unit.byExemplars() != null) ? unit.byExemplars() : Triage.NONE;
			Triage byClassifier = Triage.NONE;
			for (Triage level : LEVELS) {
				if (unit.allowed().contains(level)
						&& unit.probabilities().getOrDefault(level.wireName(), 0.0) >= thresholds.get(level)) {
					byClassifier = level;
					break;
				}
			}
			semantic = stronger(semantic, stronger(byExemplars, byClassifier));
			boolean emergencyHere = unit.byRules() == Triage.EMERGENCY || byClassifier == Triage.EMERGENCY;
			emergency |= emergencyHere;
			crisisInAnEmergencySentence |= emergencyHere && byExemplars == Triage.CRISIS
					&& unit.probabilities().getOrDefault(Triage.CRISIS.wireName(), 0.0) >= CRISIS_OVER_EMERGENCY;
		}
		if (emergency && !crisisInAnEmergencySentence) {
			return Triage.EMERGENCY;
		}
		return stronger((c.byRules() != null) ? c.byRules() : Triage.NONE, semantic);
	}

	private static Triage stronger(Triage a, Triage b) {
		return (a.ordinal() >= b.ordinal()) ? a : b;
	}

}
