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

	/** @param documents category and normalized text of each training example */
	static EmbeddingIndex build(List<Map.Entry<String, String>> documents) {
		List<Example> examples = new ArrayList<>(documents.size());
		for (Map.Entry<String, String> document : documents) {
			examples.add(new Example(document.getKey(), SentenceEmbeddings.example(document.getValue())));
		}
		return new EmbeddingIndex(examples);
	}

	/** For each category, the cosine similarity of the message to its closest example. */
	Map<String, Double> nearest(String text) {
		float[] query = SentenceEmbeddings.embed(text);
		Map<String, Double> best = new HashMap<>();
		for (Example example : this.examples) {
			best.merge(example.category(), SentenceEmbeddings.cosine(query, example.vector()), Math::max);
		}
		return best;
	}

}
