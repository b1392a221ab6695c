package com.livermets.assistant.nlu;

import java.util.List;
import java.util.Map;

/**
 * The sentence embeddings of the in-scope training examples, for the on-topic gate: how
 * close a message comes in meaning to anything this service answers. "my mum's scan found
 * spots on her liver" is close to "what are liver metastases" although they share one
 * word.
 */
final class EmbeddingIndex {

	private final VectorBank inScope;

	private EmbeddingIndex(VectorBank inScope) {
		this.inScope = inScope;
	}

	/**
	 * @param vectors category and embedding of each training example; "not ours" examples
	 * are left out
	 */
	static EmbeddingIndex build(List<Map.Entry<String, float[]>> vectors) {
		return new EmbeddingIndex(VectorBank.of(vectors.stream()
			.filter((vector) -> !vector.getKey().equals(IntentClassifier.NOT_OURS))
			.map(Map.Entry::getValue)
			.toList()));
	}

	/**
	 * The cosine similarity of the message's embedding to the closest in-scope example (0
	 * when there is none).
	 */
	double closestInScope(float[] query) {
		return this.inScope.maxCosine(query);
	}

}
