package com.livermets.assistant.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF vectors of the training examples' content words, for the nearest-neighbour signal: how close a message
 * is to anything the service was taught. Maximum entropy always spreads probability over the known intents, even
 * for "best pizza place"; cosine similarity to the closest example says whether the message is on topic at all.
 */
final class ExampleIndex {

	private record Example(String intent, Map<String, Double> vector) {
	}

	private final Map<String, Double> idf;

	/** The weight of a term no example has: the rarest there is, so off-topic words pull similarity down. */
	private final double unseenIdf;

	/** For each term, the examples that contain it: a message is compared only with examples it shares a term with. */
	private final Map<String, List<Example>> postings = new HashMap<>();

	private ExampleIndex(Map<String, Double> idf) {
		this.idf = Map.copyOf(idf);
		this.unseenIdf = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
	}

	/** @param documents intent and content terms of each training example */
	static ExampleIndex build(List<Map.Entry<String, List<String>>> documents) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		for (Map.Entry<String, List<String>> document : documents) {
			document.getValue().stream().distinct().forEach((term) -> documentFrequency.merge(term, 1, Integer::sum));
		}
		Map<String, Double> idf = new HashMap<>();
		double n = documents.size();
		documentFrequency.forEach((term, df) -> idf.put(term, Math.log((n + 1) / (df + 1)) + 1));
		ExampleIndex index = new ExampleIndex(idf);
		for (Map.Entry<String, List<String>> document : documents) {
			Map<String, Double> vector = index.vector(document.getValue());
			if (!vector.isEmpty()) {
				Example example = new Example(document.getKey(), vector);
				vector.keySet()
					.forEach((term) -> index.postings.computeIfAbsent(term, (key) -> new ArrayList<>()).add(example));
			}
		}
		return index;
	}

	/** The best cosine similarity per intent; intents that share no term are absent. */
	Map<String, Double> similarities(List<String> terms) {
		Map<String, Double> query = vector(terms);
		// identity: two examples with the same words are still two examples, and hashing vectors is slow
		Map<Example, Double> dots = new IdentityHashMap<>();
		query.forEach((term, weight) -> {
			for (Example example : this.postings.getOrDefault(term, List.of())) {
				dots.merge(example, weight * example.vector().get(term), Double::sum);
			}
		});
		Map<String, Double> best = new HashMap<>();
		dots.forEach((example, dot) -> best.merge(example.intent(), dot, Math::max));
		return best;
	}

	/** L2-normalized TF-IDF. */
	private Map<String, Double> vector(List<String> terms) {
		Map<String, Double> counts = new HashMap<>();
		terms.forEach((term) -> counts.merge(term, 1.0, Double::sum));
		Map<String, Double> vector = new HashMap<>();
		double norm = 0;
		for (Map.Entry<String, Double> count : counts.entrySet()) {
			double weight = count.getValue() * this.idf.getOrDefault(count.getKey(), this.unseenIdf);
			vector.put(count.getKey(), weight);
			norm += weight * weight;
		}
		double length = Math.sqrt(norm);
		vector.replaceAll((term, weight) -> weight / length);
		return vector;
	}

}
