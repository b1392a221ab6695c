package com.livermets.assistant.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.livermets.assistant.content.ContentFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Chooses the exemplar detector's thresholds recall-first. For each level it sweeps the
 * similarity threshold (and the calm margin) and prints, per setting, the recall on the
 * calibration positives and the false alarms on the calibration negatives. Never reads
 * the blind set. Run:
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.livermets.assistant.safety.SafetyCalibration
 * </pre>
 *
 * Calibration sets: {@code safety/urgent.tsv} and {@code safety/dev/*.tsv} (positives and
 * near misses), and every "not ours" example (negatives).
 */
public final class SafetyCalibration {

	private static final List<Triage> LEVELS = List.of(Triage.CRISIS, Triage.EMERGENCY, Triage.CONTACT_DOCTOR);

	/**
	 * @param expected the level it should get ({@code NONE} for a negative)
	 * @param strict whether any safety reply is a false alarm; otherwise only emergency
	 * and crisis are (an intent example about one's own symptom may fairly get "contact
	 * your doctor")
	 */
	record Case(String source, String text, Triage expected, boolean strict, Triage rules, List<Unit> units) {
	}

	record Unit(Set<Triage> allowed, Map<Triage, Double> closest, double calm) {
	}

	private SafetyCalibration() {
	}

	public static void main(String[] args) throws IOException {
		SafetyTriage triage = SafetyFixtures.triage();
		SemanticDetector semantic = triage.semantic().orElseThrow();
		List<Case> cases = new ArrayList<>();
		for (String[] row : SafetyFixtures.tsv("safety/urgent.tsv")) {
			cases.add(read(triage, semantic, "urgent", row[1], Triage.valueOf(row[0].toUpperCase()), false));
		}
		for (String[] row : SafetyFixtures.tsv("safety/near-misses.tsv")) {
			cases.add(read(triage, semantic, "near-misses", row[1], Triage.NONE, false));
		}
		for (Resource resource : resources("classpath:safety/dev/*.tsv")) {
			for (String[] row : SafetyFixtures.tsv("safety/dev/" + resource.getFilename())) {
				String[] turns = row[1].split(" \\|\\| ");
				cases.add(read(triage, semantic, "dev", turns[turns.length - 1], SafetyFixtures.label(row[0]), true));
			}
		}
		// the intents' examples are calm look-alikes of the detector itself, so they
		// measure nothing here
		for (ContentFile.Line line : lines(
				new PathMatchingResourcePatternResolver().getResource("classpath:intents/out-of-scope/examples.txt"))) {
			cases.add(read(triage, semantic, "not-ours", line.text(), Triage.NONE, true));
		}
		SafetyProperties.Semantic current = SafetyFixtures.DEFAULTS.semantic();
		System.out.printf(
				"%d calibration cases; current thresholds crisis %.2f emergency %.2f symptom %.2f margin %.2f%n",
				cases.size(), current.crisis(), current.emergency(), current.symptom(), current.margin());
		report("rules alone", cases, null);
		report("rules + exemplars (current)", cases, current);
		for (Triage level : LEVELS) {
			System.out.println();
			System.out.println("sweep " + level.wireName()
					+ " (other levels at current):  threshold margin -> recall, false alarms");
			for (double margin : new double[] { -0.10, 0.0, 0.05 }) {
				for (double threshold = 0.50; threshold <= 0.901; threshold += 0.04) {
					SafetyProperties.Semantic setting = with(current, level, threshold, margin);
					Score score = score(cases, setting);
					System.out.printf("  %.2f %+.2f -> recall %s, false alarms %d/%d%n", threshold, margin,
							score.recall(level), score.falseAlarms(), score.negatives());
				}
			}
		}
	}

	private static SafetyProperties.Semantic with(SafetyProperties.Semantic base, Triage level, double threshold,
			double margin) {
		return new SafetyProperties.Semantic(true, (level == Triage.CRISIS) ? threshold : base.crisis(),
				(level == Triage.EMERGENCY) ? threshold : base.emergency(),
				(level == Triage.CONTACT_DOCTOR) ? threshold : base.symptom(), margin, base.clearMargin(),
				base.support());
	}

	private static void report(String title, List<Case> cases, SafetyProperties.Semantic setting) {
		Score score = score(cases, setting);
		System.out.printf("%s: crisis %s, emergency %s, symptom %s, false alarms %d/%d%n", title,
				score.recall(Triage.CRISIS), score.recall(Triage.EMERGENCY), score.recall(Triage.CONTACT_DOCTOR),
				score.falseAlarms(), score.negatives());
		Map<String, int[]> bySource = new java.util.TreeMap<>();
		for (Case c : cases) {
			if (c.expected() == Triage.NONE) {
				int[] counts = bySource.computeIfAbsent(c.source(), (source) -> new int[2]);
				counts[1]++;
				counts[0] += isAlarm(c, decide(c, setting)) ? 1 : 0;
			}
		}
		bySource.forEach(
				(source, counts) -> System.out.printf("  false alarms on %s: %d/%d%n", source, counts[0], counts[1]));
		if (setting != null) {
			for (Case c : cases) {
				Triage got = decide(c, setting);
				boolean miss = (c.expected() != Triage.NONE) && !caught(c.expected(), got);
				boolean alarm = (c.expected() == Triage.NONE) && isAlarm(c, got);
				if (miss || alarm) {
					System.out.printf("  %s %s expected %s got %s: %s%n", miss ? "MISS " : "ALARM", c.source(),
							c.expected().wireName(), got.wireName(), abbreviate(c.text()));
				}
			}
		}
	}

	private static String abbreviate(String text) {
		return (text.length() > 150) ? text.substring(0, 150) + "..." : text;
	}

	record Score(Map<Triage, int[]> recall, int falseAlarms, int negatives) {

		String recall(Triage level) {
			int[] counts = this.recall.getOrDefault(level, new int[2]);
			return counts[0] + "/" + counts[1];
		}

	}

	private static Score score(List<Case> cases, SafetyProperties.Semantic setting) {
		Map<Triage, int[]> recall = new EnumMap<>(Triage.class);
		int alarms = 0;
		int negatives = 0;
		for (Case c : cases) {
			Triage got = decide(c, setting);
			if (c.expected() == Triage.NONE) {
				negatives++;
				alarms += isAlarm(c, got) ? 1 : 0;
			}
			else {
				int[] counts = recall.computeIfAbsent(c.expected(), (level) -> new int[2]);
				counts[1]++;
				counts[0] += caught(c.expected(), got) ? 1 : 0;
			}
		}
		return new Score(recall, alarms, negatives);
	}

	/**
	 * A symptom report counts as caught by any escalation to a clinician; other levels
	 * must match.
	 */
	private static boolean caught(Triage expected, Triage got) {
		return (expected == Triage.CONTACT_DOCTOR) ? (got == Triage.CONTACT_DOCTOR || got == Triage.EMERGENCY)
				: got == expected;
	}

	private static boolean isAlarm(Case c, Triage got) {
		return c.strict() ? got != Triage.NONE : got.isUrgent();
	}

	/**
	 * The verdict at {@code setting} ({@code null}: rules alone), as
	 * {@link SafetyTriage#assess} decides it.
	 */
	static Triage decide(Case c, SafetyProperties.Semantic setting) {
		Triage best = c.rules();
		if (setting != null && best != Triage.EMERGENCY) {
			for (Unit unit : c.units()) {
				Triage nearest = null;
				double closest = -1;
				for (Triage level : LEVELS) {
					double similarity = unit.closest().getOrDefault(level, -1.0);
					if (similarity > closest) {
						closest = similarity;
						nearest = level;
					}
				}
				if (nearest != null && unit.allowed().contains(nearest) && closest >= setting.threshold(nearest)
						&& closest - unit.calm() >= setting.margin()
						&& (best == null || LEVELS.indexOf(nearest) < LEVELS.indexOf(best))) {
					best = nearest;
				}
			}
		}
		return (best != null) ? best : Triage.NONE;
	}

	private static Case read(SafetyTriage triage, SemanticDetector semantic, String source, String text,
			Triage expected, boolean strict) {
		SafetyTriage.Reading reading = triage.read(text);
		List<Unit> units = reading.units().stream().map((unit) -> {
			SemanticDetector.Scores scores = semantic.scores(unit.text());
			return new Unit(unit.allowed(), scores.closest(), scores.calm());
		}).toList();
		return new Case(source, text, expected, strict, reading.rules(), units);
	}

	private static Resource[] resources(String pattern) throws IOException {
		return new PathMatchingResourcePatternResolver().getResources(pattern);
	}

	private static List<ContentFile.Line> lines(Resource resource) throws IOException {
		return new ContentFile(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8))
			.meaningfulLines();
	}

}
