package com.livermets.assistant.nlu.eval;

import com.livermets.assistant.nlu.NluProperties;

/**
 * The two refusal thresholds: maximum-entropy confidence and nearest-neighbour
 * similarity.
 */
record Thresholds(double confidence, double similarity) {

	static Thresholds of(NluProperties properties) {
		return new Thresholds(properties.confidenceThreshold(), properties.similarityThreshold());
	}

	@Override
	public String toString() {
		return String.format(java.util.Locale.ROOT, "confidence >= %.2f, similarity >= %.2f", this.confidence,
				this.similarity);
	}

}
