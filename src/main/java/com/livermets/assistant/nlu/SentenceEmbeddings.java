package com.livermets.assistant.nlu;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/**
 * Sentence embeddings from small quantized models that ship inside their Maven artifacts and run offline on ONNX
 * Runtime. With several models a message's embedding is their unit vectors side by side, scaled so the whole is
 * unit length: the models were trained on different data and make different mistakes. One instance of each model
 * per JVM (loading one takes about a second); the vectors of training examples are remembered per text, because
 * every cross-validation fold and every Spring test context trains again on mostly the same examples and embedding
 * is the expensive part of training. Recent messages are remembered too, so the safety stage and the classifier
 * share one forward pass per new message.
 */
public final class SentenceEmbeddings {

	/** The models this service can use, by the name {@code assistant.nlu.embedding-models} gives them. */
	static final List<String> KNOWN = List.of("all-minilm-l6-v2", "bge-small-en-v1.5");

	private static final class MiniLm {

		// class holders: a model loads on first use, never in a JVM that does not need it
		static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();

	}

	private static final class Bge {

		static final EmbeddingModel INSTANCE = new BgeSmallEnV15QuantizedEmbeddingModel();

	}

	/** Example texts come from files under version control, so this map is bounded by the data. */
	private static final Map<String, float[]> EXAMPLES = new ConcurrentHashMap<>();

	/**
	 * The last few thousand messages (about 3 KB each): the safety stage embeds a message, then the classifier asks
	 * for the same text.
	 */
	private static final Cache<String, float[]> RECENT = Caffeine.newBuilder().maximumSize(2_048).build();

	private final List<String> models;

	private SentenceEmbeddings(List<String> models) {
		this.models = models;
	}

	/** @param models names already checked by {@link NluProperties} */
	public static SentenceEmbeddings of(List<String> models) {
		return new SentenceEmbeddings(List.copyOf(models));
	}

	/** The embedding of a training example or exemplar, computed once per JVM; never modify it. */
	public float[] example(String text) {
		return EXAMPLES.computeIfAbsent(this.models + "\u0000" + text, (key) -> embed(text));
	}

	/**
	 * The embedding of a normalized message, shared by every stage that reads the same text; never modify it.
	 */
	public float[] message(String normalizedText) {
		return RECENT.get(this.models + "\u0000" + normalizedText, (key) -> embed(normalizedText));
	}

	/** The unit-length embedding of a text, computed now. */
	float[] embed(String text) {
		float[][] parts = new float[this.models.size()][];
		int dimensions = 0;
		for (int m = 0; m < parts.length; m++) {
			parts[m] = unit(model(this.models.get(m)).embed(text).content().vector());
			dimensions += parts[m].length;
		}
		float scale = (float) (1 / Math.sqrt(parts.length));
		float[] vector = new float[dimensions];
		int offset = 0;
		for (float[] part : parts) {
			for (int i = 0; i < part.length; i++) {
				vector[offset + i] = part[i] * scale;
			}
			offset += part.length;
		}
		return vector;
	}

	private static EmbeddingModel model(String name) {
		return switch (name) {
			case "all-minilm-l6-v2" -> MiniLm.INSTANCE;
			case "bge-small-en-v1.5" -> Bge.INSTANCE;
			default -> throw new IllegalStateException("unknown embedding model " + name);
		};
	}

	private static float[] unit(float[] vector) {
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

	/** The cosine similarity of two unit-length embeddings. */
	public static double cosine(float[] a, float[] b) {
		double dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

}
