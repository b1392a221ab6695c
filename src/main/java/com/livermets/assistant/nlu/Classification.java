package com.livermets.assistant.nlu;

import java.util.List;

/**
 * What the classifier decided.
 *
 * @param intent the accepted intent, or {@code null} when the classifier refuses to guess
 * @param confidence the probability of the best intent (also when it was refused)
 * @param ranking every intent, best first
 * @param similarity cosine similarity of the message to the closest training example (0:
 * nothing in common)
 * @param outOfScope the probability that the message is none of the service's business
 */
public record Classification(String intent, double confidence, List<ScoredIntent> ranking, double similarity,
		double outOfScope) {

	public Classification {
		ranking = List.copyOf(ranking);
	}

	/** A classification without a nearest-neighbour signal. */
	public Classification(String intent, double confidence, List<ScoredIntent> ranking) {
		this(intent, confidence, ranking, 0, 0);
	}

	/** The intent the model ranks first, even when it refused to answer with it. */
	public String topIntent() {
		return this.ranking.isEmpty() ? this.intent : this.ranking.get(0).intent();
	}

	/**
	 * The classifier would not name an intent: too unsure, or the message is none of the
	 * service's business.
	 */
	public boolean isRefused() {
		return this.intent == null;
	}

	/** A refusal; what to say instead is for the conversation to decide. */
	public static Classification refused(double confidence, List<ScoredIntent> ranking, double similarity,
			double outOfScope) {
		return new Classification(null, confidence, ranking, similarity, outOfScope);
	}

}
