package com.livermets.assistant.safety;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Reads messages, one a line, from standard input and prints which detector gave each its
 * verdict: the rules, the exemplars or the classifier. For counting where the false
 * alarms of the read sets come from; never point it at a blind set.
 */
public final class SafetySources {

	private SafetySources() {
	}

	public static void main(String[] args) throws Exception {
		SafetyTriage triage = SafetyFixtures.triage();
		SemanticDetector exemplars = triage.semantic().orElseThrow();
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String message = in.readLine(); message != null; message = in.readLine()) {
			Triage level = triage.assess(message).map(SafetyVerdict::triage).orElse(Triage.NONE);
			SafetyTriage.Reading reading = triage.read(message);
			String source = "none";
			if (level != Triage.NONE) {
				source = (reading.rules() == level) ? "rule" : "classifier";
				if (!source.equals("rule")) {
					for (SafetyTriage.Scope unit : reading.units()) {
						if (unit.text().isEmpty()) {
							continue;
						}
						float[] vector = exemplars.vector(unit.text());
						var hit = exemplars.assess(vector, unit.allowed());
						double p = triage.classifier()
							.map((c) -> c.assess(unit.text(), vector, unit.allowed()))
							.map((v) -> hit.map((h) -> v.probability(h.level())).orElse(0.0))
							.orElse(0.0);
						if (hit.isPresent() && hit.get().level() == level && exemplars.stands(hit.get(), p)) {
							source = "exemplar";
						}
					}
				}
			}
			System.out.println(level.wireName() + "\t" + source);
		}
	}

}
