package com.livermets.assistant.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence embeddings of every training example (the "not ours" ones included), for a second opinion that
 * reads meaning rather than spelling: "my mum's scan found spots on her liver" is close to "what are liver
 * metastases" although they share one word.
 */
final class EmbeddingIndex {

	private record Example(String category, float[] vector) {
	}

	private final List<Example> examples;

	private EmbeddingIndex(List<Example> examples) {
		this.examples = List.copyOf(examples);
	}

	/** @param vectors category and embedding of each training example */
	static EmbeddingIndex build(List<Map.Entry<String, float[]>> vectors) {
		List<Example> examples = new ArrayList<>(vectors.size());
		for (Map.Entry<String, float[]> vector : vectors) {
			examples.add(new Example(vector.getKey(), vector.getValue()));
		}
		return new EmbeddingIndex(examples);
	}

	/** For each category, the cosine similarity of the message's embedding to its closest example. */
	Map<String, Double> nearest(float[] query) {
		Map<String, Double> best = new HashMap<>();
		for (Example example : this.examples) {
			best.merge(example.category(), SentenceEmbeddings.cosine(query, example.vector()), Math::max);
		}
		return best;
	}

}
