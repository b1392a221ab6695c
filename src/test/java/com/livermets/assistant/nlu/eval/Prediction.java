package com.livermets.assistant.nlu.eval;

import com.livermets.assistant.nlu.Classification;

/**
 * One question's outcome before any threshold is applied, so that every threshold can be
 * evaluated from one training run.
 *
 * @param gold the right intent, or {@code null} for an out-of-scope question
 * @param top the intent the classifier ranks first
 * @param confidence its score
 * @param similarity cosine similarity to the closest training example
 * @param outOfScope probability of the "not ours" category
 */
record Prediction(String gold, String top, double confidence, double similarity, double outOfScope) {

	/** What the reports call a refusal, as the service's fallback reply is labelled. */
	static final String FALLBACK = "fallback";

	static Prediction of(String gold, Classification classification) {
		return new Prediction(gold, classification.topIntent(), classification.confidence(),
				classification.similarity(), classification.outOfScope());
	}

	/**
	 * The intent the service would answer with at these thresholds, or {@code fallback}.
	 */
	String decided(Thresholds thresholds) {
		return isAccepted(thresholds) ? this.top : FALLBACK;
	}

	boolean isAccepted(Thresholds thresholds) {
		return this.similarity > 0 && this.similarity >= thresholds.similarity()
				&& this.confidence >= thresholds.confidence() && this.confidence > this.outOfScope;
	}

	boolean isCorrect(Thresholds thresholds) {
		return this.top.equals(this.gold) && isAccepted(thresholds);
	}

	boolean isTopCorrect() {
		return this.top.equals(this.gold);
	}

}
