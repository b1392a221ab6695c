package com.livermets.assistant.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Maps a normalized message to an intent: a maximum-entropy model over the message's
 * sentence embedding, trained from {@code intents/} (by the build, see
 * {@link ModelBuild}). It refuses ({@link Classification#isRefused()}) rather than guess:
 * below the confidence threshold, when the message is not close in meaning to any
 * example, or when the trained "not ours" category is at least as likely as the best
 * intent. The word-feature model, spelling correction, stemming and the TF-IDF gate of
 * earlier experiments are gone: the service never ran them ({@code docs/nlu.md}).
 */
public final class IntentClassifier {

	/**
	 * The category out-of-scope examples are trained as; never an intent (the content
	 * loader reserves it). The name is the one the built model was trained with, so it
	 * stays.
	 */
	static final String NOT_OURS = "fallback";

	private final TextNormalizer normalizer;

	private final SentenceEmbeddings embeddings;

	private final EmbeddingIndex nearest;

	private final EmbeddingClassifier meaning;

	private final NluProperties properties;

	private final Cache<String, Classification> cache;

	private IntentClassifier(TextNormalizer normalizer, SentenceEmbeddings embeddings,
			List<Map.Entry<String, float[]>> vectors, EmbeddingClassifier meaning, NluProperties properties) {
		this.normalizer = normalizer;
		this.embeddings = embeddings;
		this.nearest = EmbeddingIndex.build(vectors);
		this.meaning = meaning;
		this.properties = properties;
		this.cache = Caffeine.newBuilder().maximumSize(properties.cacheSize()).recordStats().build();
	}

	/** Trains a classifier without out-of-scope examples. */
	public static IntentClassifier train(Map<String, List<String>> examples, TextNormalizer normalizer,
			NluProperties properties) {
		return train(examples, List.of(), normalizer, properties);
	}

	/**
	 * Trains a classifier (or loads the one the build trained on exactly these inputs);
	 * also used by the evaluation tooling on cross-validation folds.
	 * @param examples example questions by intent
	 * @param outOfScope questions to learn as "not ours", so that generic phrasing ("how
	 * do i make ...") is not taken for an intent; may be empty
	 */
	public static IntentClassifier train(Map<String, List<String>> examples, List<String> outOfScope,
			TextNormalizer normalizer, NluProperties properties) {
		Objects.requireNonNull(examples, "examples");
		Objects.requireNonNull(outOfScope, "outOfScope");
		if (examples.containsKey(NOT_OURS)) {
			throw new IllegalArgumentException("'" + NOT_OURS + "' is reserved for out-of-scope examples");
		}
		Objects.requireNonNull(normalizer, "normalizer");
		Objects.requireNonNull(properties, "properties");
		if (examples.size() < 2) {
			throw new IllegalArgumentException("need at least two intents to train, got " + examples.size());
		}
		List<Map.Entry<String, String>> sentences = new ArrayList<>();
		examples.forEach((intent, questions) -> add(sentences, intent, questions, normalizer));
		// in the classifier, not in the nearest-example index: similarity measures
		// closeness to what we answer
		add(sentences, NOT_OURS, outOfScope, normalizer);
		SentenceEmbeddings embeddings = SentenceEmbeddings.of(properties.embeddingModels());
		List<float[]> embedded = embeddings.examples(sentences.stream().map(Map.Entry::getValue).toList());
		List<Map.Entry<String, float[]>> vectors = new ArrayList<>(sentences.size());
		for (int i = 0; i < sentences.size(); i++) {
			vectors.add(Map.entry(sentences.get(i).getKey(), embedded.get(i)));
		}
		EmbeddingClassifier meaning = EmbeddingClassifier.forExamples(vectors,
				sentences.stream().map(Map.Entry::getValue).toList(), properties.embeddingModels(),
				properties.embeddingRegularization(), properties.iterations());
		return new IntentClassifier(normalizer, embeddings, vectors, meaning, properties);
	}

	private static void add(List<Map.Entry<String, String>> sentences, String category, List<String> questions,
			TextNormalizer normalizer) {
		for (String question : questions) {
			NormalizedText text = normalizer.normalize(question);
			if (!text.isEmpty()) {
				sentences.add(Map.entry(category, text.text()));
			}
		}
	}

	public Classification classify(String message) {
		return classify(this.normalizer.normalize(message));
	}

	public Classification classify(NormalizedText text) {
		Objects.requireNonNull(text, "text");
		if (this.properties.cacheSize() == 0) {
			return compute(text);
		}
		return this.cache.get(text.text(), (key) -> compute(text));
	}

	private Classification compute(NormalizedText text) {
		if (text.isEmpty()) {
			// nothing to read, so nothing to embed
			return Classification.refused(0, List.of(), 0, 0);
		}
		float[] vector = this.embeddings.message(text.text());
		Map<String, Double> probabilities = new HashMap<>(this.meaning.probabilities(vector));
		double similarity = this.nearest.closestInScope(vector);
		sharpen(probabilities, this.properties.sharpening());
		double outOfScope = probabilities.getOrDefault(NOT_OURS, 0.0);
		List<ScoredIntent> ranking = rank(probabilities);
		ScoredIntent best = ranking.get(0);
		// a cosine of 0 or below is no likeness at all, whatever the threshold (the
		// evaluation runs at threshold 0)
		boolean offTopic = similarity <= 0 || similarity < this.properties.similarityThreshold()
				|| outOfScope >= best.score();
		if (offTopic || best.score() < this.properties.confidenceThreshold()) {
			return Classification.refused(best.score(), ranking, similarity, outOfScope);
		}
		return new Classification(best.intent(), best.score(), ranking, similarity, outOfScope);
	}

	/**
	 * Temperature scaling: p^a renormalized; the order of the categories never changes.
	 */
	private static void sharpen(Map<String, Double> probabilities, double exponent) {
		if (exponent == 1) {
			return;
		}
		probabilities.replaceAll((category, probability) -> Math.pow(probability, exponent));
		double sum = probabilities.values().stream().mapToDouble(Double::doubleValue).sum();
		if (sum > 0) {
			probabilities.replaceAll((category, probability) -> probability / sum);
		}
	}

	/**
	 * Intents best first, without the out-of-scope category; ties keep a stable order.
	 */
	private static List<ScoredIntent> rank(Map<String, Double> probabilities) {
		List<ScoredIntent> ranking = new ArrayList<>(probabilities.size());
		probabilities.forEach((intent, probability) -> {
			if (!intent.equals(NOT_OURS)) {
				ranking.add(new ScoredIntent(intent, probability));
			}
		});
		ranking.sort(Comparator.comparingDouble(ScoredIntent::score).reversed().thenComparing(ScoredIntent::intent));
		return ranking;
	}

	/**
	 * Whether this JVM had to train the classifier because the build did not train one on
	 * these exact examples and settings.
	 */
	public boolean trainedAtStartup() {
		return this.meaning.trainedNow();
	}

	/** Cache statistics, published as metrics. */
	public Cache<String, Classification> cache() {
		return this.cache;
	}

}
