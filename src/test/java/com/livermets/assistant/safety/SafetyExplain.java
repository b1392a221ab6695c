package com.livermets.assistant.safety;

/**
 * Prints what each detector reads in each unit of the messages given as arguments: the
 * rules' level, the exemplar detector's verdict and closeness, the classifier's
 * probabilities. For reviewing a false alarm or a miss of a read set; never point it at a
 * blind set. Run like {@link RiskClassifierCalibration}.
 */
public final class SafetyExplain {

	private SafetyExplain() {
	}

	public static void main(String[] args) {
		SafetyTriage triage = SafetyFixtures.triage();
		SemanticDetector exemplars = triage.semantic().orElseThrow();
		for (String message : args) {
			System.out.printf("%s%n  verdict %s%n", message, triage.assess(message));
			for (SafetyTriage.Scope unit : triage.read(message).units()) {
				if (unit.text().isBlank()) {
					continue; // a unit of only punctuation, which no detector embeds
				}
				float[] vector = exemplars.vector(unit.text());
				System.out.printf("  [%s] allowed=%s rules=%s exemplars=%s %s classifier=%s%n", unit.text(),
						unit.allowed(), unit.rules(), exemplars.assess(vector, unit.allowed()),
						exemplars.scores(unit.text()),
						triage.classifier().map((c) -> c.probabilities(vector).toString()).orElse("-"));
			}
		}
	}

}
