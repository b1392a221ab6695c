package com.livermets.assistant.nlu;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;

/**
 * Sentence embeddings from small quantized models that ship inside their Maven artifacts
 * and run offline on ONNX Runtime. With several models a message's embedding is their
 * unit vectors side by side, scaled so the whole is unit length: the models were trained
 * on different data and make different mistakes. One instance of each model per JVM
 * (loading one takes about a second). The vectors of examples and exemplars come from the
 * build ({@link BuiltModel}) or are computed once per JVM and remembered per text, since
 * embedding is the expensive part of training. Recent messages are remembered too, so the
 * safety stage and the classifier share one forward pass per new message.
 */
public final class SentenceEmbeddings {

	/**
	 * The models this service can use, by the name {@code assistant.nlu.embedding-models}
	 * gives them.
	 */
	static final List<String> KNOWN = List.of("all-minilm-l6-v2", "bge-small-en-v1.5");

	private static final class MiniLm {

		// class holders: a model loads on first use, never in a JVM that does not need it
		static final EmbeddingModel INSTANCE = OnnxSentenceModel.load("all-minilm-l6-v2-q", PoolingMode.MEAN);

	}

	private static final class Bge {

		static final EmbeddingModel INSTANCE = OnnxSentenceModel.load("bge-small-en-v1.5-q", PoolingMode.CLS);

	}

	/**
	 * The example vectors this JVM has used, from the built model or computed now.
	 * Example texts come from files under version control, so this map is bounded by the
	 * data.
	 */
	private static final Map<String, float[]> EXAMPLES = new ConcurrentHashMap<>();

	/**
	 * The last few thousand messages (about 3 KB each): the safety stage embeds a
	 * message, then the classifier asks for the same text.
	 */
	private static final Cache<String, float[]> RECENT = Caffeine.newBuilder().maximumSize(2_048).build();

	private final List<String> models;

	private SentenceEmbeddings(List<String> models) {
		this.models = models;
	}

	/**
	 * @param models names already checked by {@link NluProperties}
	 */
	public static SentenceEmbeddings of(List<String> models) {
		return new SentenceEmbeddings(List.copyOf(models));
	}

	/**
	 * The embedding models, in the order their parts appear in a vector; a trained
	 * model's fingerprint names them.
	 */
	public List<String> models() {
		return this.models;
	}

	/**
	 * The embedding of a training example or exemplar, computed once per JVM; never
	 * modify it.
	 */
	public float[] example(String text) {
		return EXAMPLES.computeIfAbsent(key(text), (key) -> {
			float[] built = BuiltModel.bundled().vector(key);
			return (built != null) ? built : embed(text);
		});
	}

	/**
	 * The embeddings of many examples, in order, as {@link #example(String)} gives them.
	 * Those not in the built model are computed on every core first: a build from nothing
	 * embeds thousands of examples, and one core would take minutes.
	 */
	public List<float[]> examples(List<String> texts) {
		texts.stream()
			.distinct()
			.filter((text) -> !EXAMPLES.containsKey(key(text)) && BuiltModel.bundled().vector(key(text)) == null)
			.toList()
			.parallelStream()
			.forEach((text) -> EXAMPLES.putIfAbsent(key(text), embed(text)));
		return texts.stream().map(this::example).toList();
	}

	/**
	 * Loads the models now rather than on the first message, so that readiness means
	 * ready.
	 */
	public void warmUp() {
		this.models.forEach(SentenceEmbeddings::model);
	}

	/** Every example vector this JVM used, by key; what the model build writes. */
	static Map<String, float[]> usedExamples() {
		return Map.copyOf(EXAMPLES);
	}

	private String key(String text) {
		return this.models + "\u0000" + text;
	}

	/**
	 * The embedding of a normalized message, shared by every stage that reads the same
	 * text; never modify it. A message worded exactly like an example or exemplar reuses
	 * that example's vector (the encoders are deterministic), so it skips the encoders.
	 */
	public float[] message(String normalizedText) {
		String key = key(normalizedText);
		float[] known = EXAMPLES.get(key);
		if (known == null) {
			known = BuiltModel.bundled().vector(key);
		}
		return (known != null) ? known : RECENT.get(key, (unused) -> embed(normalizedText));
	}

	/** The unit-length embedding of a text, computed now. */
	float[] embed(String text) {
		float[][] parts = new float[this.models.size()][];
		int dimensions = 0;
		for (int m = 0; m < parts.length; m++) {
			String name = this.models.get(m);
			parts[m] = unit(model(name).embed(text).content().vector());
			passes(name).increment();
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

	/**
	 * Forward passes per model, the cost a new message adds; the global registry because
	 * the models are per JVM, not per application context (docs/performance.md).
	 */
	private static Counter passes(String name) {
		return Metrics.counter("assistant.nlu.encoder.passes", "model", name);
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

}
