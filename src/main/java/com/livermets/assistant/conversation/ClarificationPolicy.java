package com.livermets.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.nlu.ScoredIntent;

/**
 * Decides between answering, asking "Did you mean ...?" and the fallback. A wrong answer
 * to a patient costs more than one extra turn, so an accepted but unsure classification
 * (middling confidence, or a runner-up close behind) becomes a choice between the
 * likeliest intents.
 */
public final class ClarificationPolicy {

	private static final int MIN_OPTIONS = 2;

	private final ConversationProperties properties;

	public ClarificationPolicy(ConversationProperties properties, double fallbackThreshold) {
		this.properties = Objects.requireNonNull(properties, "properties");
		if (properties.confidentThreshold() < fallbackThreshold) {
			throw new IllegalArgumentException(
					"assistant.conversation.confident-threshold (" + properties.confidentThreshold()
							+ ") must not be below assistant.nlu.confidence-threshold (" + fallbackThreshold + ")");
		}
	}

	public Resolution choose(Classification classification) {
		if (classification.isRefused()) {
			return Resolution.fallback(classification.confidence());
		}
		if (isConfident(classification)) {
			return Resolution.answer(classification.intent(), classification.confidence());
		}
		return Resolution.clarify(options(classification.ranking()), classification.confidence());
	}

	/** Accepted, confident enough, and well clear of the runner-up. */
	public boolean isConfident(Classification classification) {
		if (classification.isRefused()) {
			return false;
		}
		List<ScoredIntent> ranking = classification.ranking();
		double margin = ranking.get(0).score() - ((ranking.size() > 1) ? ranking.get(1).score() : 0.0);
		return ranking.get(0).score() >= this.properties.confidentThreshold()
				&& margin >= this.properties.closeMargin();
	}

	private List<String> options(List<ScoredIntent> ranking) {
		List<String> options = new ArrayList<>(this.properties.maxOptions());
		for (ScoredIntent scored : ranking) {
			boolean wanted = options.size() < MIN_OPTIONS || scored.score() >= this.properties.optionFloor();
			if (options.size() == this.properties.maxOptions() || !wanted) {
				break;
			}
			options.add(scored.intent());
		}
		return options;
	}

}
