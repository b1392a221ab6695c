package com.livermets.assistant.safety;

import java.util.Optional;

import com.livermets.assistant.nlu.NormalizedText;

/**
 * Runs before the classifier on every message: emergencies, crises and personal symptom reports get a fixed
 * message instead of an answer.
 */
public final class SafetyTriage {

	public Optional<SafetyVerdict> assess(NormalizedText text) {
		// Rules arrive with the safety triage work (issue 3).
		return Optional.empty();
	}

}
