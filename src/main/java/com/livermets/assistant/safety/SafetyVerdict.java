package com.livermets.assistant.safety;

import java.util.List;
import java.util.Objects;

import com.livermets.assistant.content.SourcePassage;

/**
 * The safety stage's decision for a message that must not get an ordinary answer.
 *
 * @param triage emergency, crisis or contact_doctor
 * @param rule the id of the rule that fired
 * @param message the fixed, reviewed reply text
 * @param sources passages backing the message (only the "symptoms are vague" passage, for
 * symptom reports)
 */
public record SafetyVerdict(Triage triage, String rule, String message, List<SourcePassage> sources) {

	public SafetyVerdict {
		Objects.requireNonNull(triage, "triage");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(message, "message");
		if (triage == Triage.NONE) {
			throw new IllegalArgumentException("a safety verdict must escalate");
		}
		sources = List.copyOf(sources);
	}

}
