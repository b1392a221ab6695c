package com.livermets.assistant.nlu;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model that ships inside its Maven artifact and runs
 * offline on ONNX Runtime. One model per JVM (loading it takes about a second); the vectors of training examples
 * are remembered per text, because every cross-validation fold and every Spring test context trains again on
 * mostly the same examples and embedding is the expensive part of training.
 */
final class SentenceEmbeddings {

	private static final class Model {

		// class holder: the model loads on first use, never in a JVM that does not need it
		static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();

	}

	/** Example texts come from files under version control, so this map is bounded by the data. */
	private static final Map<String, float[]> EXAMPLES = new ConcurrentHashMap<>();

	private SentenceEmbeddings() {
	}

	/** The unit-length embedding of a training example, computed once per JVM. */
	static float[] example(String text) {
		return EXAMPLES.computeIfAbsent(text, SentenceEmbeddings::embed);
	}

	/** The unit-length embedding of a message (not remembered: the classifier's cache covers repeats). */
	static float[] embed(String text) {
		float[] vector = Model.INSTANCE.embed(text).content().vector();
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		float length = (float) Math.sqrt(norm);
		if (length > 0) {
			for (int i = 0; i < vector.length; i++) {
				vector[i] /= length;
			}
		}
		return vector;
	}

	static double cosine(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

}
