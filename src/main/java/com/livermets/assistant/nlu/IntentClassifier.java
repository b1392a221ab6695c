package com.livermets.assistant.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

import com.livermets.assistant.chat.ChatReply;

/**
 * Maps a normalized message to an intent with an OpenNLP maximum-entropy document categorizer trained from
 * {@code intents/}. It refuses ({@code fallback}) rather than guess: below the confidence threshold, or when the
 * message shares no content word with any example.
 */
public final class IntentClassifier {

	/** Words too common to show that a message is about this service's topics. */
	static final Set<String> STOPWORDS = Set.of("a", "an", "the", "is", "are", "was", "were", "be", "been", "am", "i",
			"you", "he", "she", "it", "we", "they", "me", "my", "your", "our", "their", "his", "her", "its", "what",
			"which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does", "did", "can", "could",
			"will", "would", "should", "shall", "may", "might", "must", "of", "in", "on", "at", "to", "for", "from",
			"by", "with", "about", "and", "or", "but", "if", "so", "that", "this", "these", "those", "there", "here",
			"not", "no", "yes", "have", "has", "had", "get", "got", "tell", "please", "any", "some", "much",
			"many", "more", "most", "very", "just", "also", "than", "then", "too", "up", "out", "into", "over",
			"like", "know", "want", "need", "s", "t", "one", "all", "as", "good", "best", "today", "now");

	static {
		// OpenNLP re-creates feature generators by class name and only from packages it was told to trust.
		ExtensionLoader.registerAllowedPackage(IntentClassifier.class.getPackageName());
	}

	/** The category out-of-scope examples are trained as; never an intent (the content loader reserves it). */
	static final String NOT_OURS = ChatReply.FALLBACK;

	/** The word-feature model; {@code null} when the sentence-embedding model has all the weight. */
	private final DocumentCategorizerME words;

	private final TextNormalizer normalizer;

	private final ClassifierInput.Preparer preparer;

	private final ExampleIndex examples;

	/** {@code null} when sentence embeddings are switched off, as are the next two. */
	private final SentenceEmbeddings embeddings;

	private final EmbeddingIndex nearest;

	private final EmbeddingClassifier meaning;

	private final NluProperties properties;

	private final Cache<String, Classification> cache;

	private IntentClassifier(DocumentCategorizerME words, TextNormalizer normalizer, ClassifierInput.Preparer preparer,
			ExampleIndex examples, SentenceEmbeddings embeddings, List<Map.Entry<String, float[]>> vectors,
			EmbeddingClassifier meaning, NluProperties properties) {
		this.words = words;
		this.normalizer = normalizer;
		this.preparer = preparer;
		this.examples = examples;
		this.embeddings = embeddings;
		this.nearest = (embeddings != null) ? EmbeddingIndex.build(vectors) : null;
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
	 * Trains a classifier; also used by the evaluation tooling on cross-validation folds.
	 * @param examples example questions by intent
	 * @param outOfScope questions to learn as "not ours", so that generic phrasing ("how do i make ...") is not
	 * taken for an intent; may be empty
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
		Map<String, List<List<String>>> tokenized = new LinkedHashMap<>();
		Map<String, Integer> wordCounts = new HashMap<>();
		List<Map.Entry<String, String>> sentences = new ArrayList<>();
		examples.forEach((intent, questions) -> {
			List<List<String>> tokenLists = new ArrayList<>();
			for (String question : questions) {
				NormalizedText text = normalizer.normalize(question);
				List<String> tokens = text.tokens();
				if (!tokens.isEmpty()) {
					sentences.add(Map.entry(intent, text.text()));
					tokenLists.add(tokens);
					tokens.forEach((token) -> wordCounts.merge(token, 1, Integer::sum));
				}
			}
			tokenized.put(intent, tokenLists);
		});
		SpellingCorrector corrector = properties.spellingCorrection() ? new SpellingCorrector(wordCounts) : null;
		ClassifierInput.Preparer preparer = new ClassifierInput.Preparer(corrector, properties.stemming());
		List<DocumentSample> samples = new ArrayList<>();
		List<Map.Entry<String, List<String>>> documents = new ArrayList<>();
		tokenized.forEach((intent, tokenLists) -> {
			for (List<String> tokens : tokenLists) {
				ClassifierInput input = preparer.prepare(tokens);
				samples.add(new DocumentSample(intent, input.features().toArray(String[]::new)));
				documents.add(Map.entry(intent, input.terms()));
			}
		});
		// not in the nearest-neighbour index: similarity measures closeness to what the service answers
		for (String question : outOfScope) {
			NormalizedText text = normalizer.normalize(question);
			List<String> tokens = preparer.prepare(text.tokens()).features();
			if (!tokens.isEmpty()) {
				samples.add(new DocumentSample(NOT_OURS, tokens.toArray(String[]::new)));
				sentences.add(Map.entry(NOT_OURS, text.text()));
			}
		}
		SentenceEmbeddings embeddings = (properties.embeddingWeight() > 0)
				? SentenceEmbeddings.of(properties.embeddingModels()) : null;
		List<Map.Entry<String, float[]>> vectors = (embeddings != null) ? sentences.stream()
			.map((sentence) -> Map.entry(sentence.getKey(), embeddings.example(sentence.getValue())))
			.toList() : List.of();
		EmbeddingClassifier meaning = (embeddings != null) ? EmbeddingClassifier.forExamples(vectors,
				sentences.stream().map(Map.Entry::getValue).toList(), properties.embeddingModels(),
				properties.embeddingRegularization(), properties.iterations()) : null;
		// with the sentence-embedding model at full weight, word features would be trained and never heard
		DocumentCategorizerME words = (properties.embeddingWeight() < 1) ? trainWords(samples, properties) : null;
		return new IntentClassifier(words, normalizer, preparer, ExampleIndex.build(documents), embeddings, vectors,
				meaning, properties);
	}

	private static DocumentCategorizerME trainWords(List<DocumentSample> samples, NluProperties properties) {
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ITERATIONS_PARAM, properties.iterations());
		// The default cutoff of 5 would drop most words of a few hundred short questions.
		parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
		try {
			return new DocumentCategorizerME(DocumentCategorizerME.train("en",
					ObjectStreamUtils.createObjectStream(samples), parameters,
					new DoccatFactory(featureGenerators(properties))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("training the intent classifier failed", ex);
		}
	}

	// The model is never serialized, so the bigram generator's constructor arguments cannot be lost.
	private static FeatureGenerator[] featureGenerators(NluProperties properties) throws IOException {
		List<FeatureGenerator> generators = new ArrayList<>(
				List.of(new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)));
		if (properties.characterNgrams()) {
			generators.add(new CharacterNgramFeatureGenerator());
		}
		return generators.toArray(FeatureGenerator[]::new);
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
		ClassifierInput input = this.preparer.prepare(text.tokens());
		// an empty message has no embedding; the word model, if any, then speaks alone
		float[] vector = (this.embeddings != null && !text.isEmpty()) ? this.embeddings.message(text.text()) : null;
		double wordWeight = (vector != null) ? 1 - this.properties.embeddingWeight() : 1;
		Map<String, Double> probabilities = new HashMap<>();
		if (this.words != null) {
			double[] scores = this.words.categorize(input.features().toArray(String[]::new));
			for (int i = 0; i < scores.length; i++) {
				probabilities.merge(this.words.getCategory(i), wordWeight * scores[i], Double::sum);
			}
		}
		if (vector != null) {
			double weight = 1 - wordWeight;
			this.meaning.probabilities(vector)
				.forEach((category, probability) -> probabilities.merge(category, weight * probability, Double::sum));
		}
		boolean embeddingGate = vector != null && this.properties.embeddingSimilarity();
		// the TF-IDF similarities are needed only as the gate without embeddings, or when blended into the ranking
		Map<String, Double> similarities = (!embeddingGate || this.properties.similarityWeight() > 0)
				? this.examples.similarities(input.terms()) : Map.of();
		double similarity = embeddingGate ? this.nearest.closestInScope(vector)
				: similarities.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		sharpen(probabilities, this.properties.sharpening());
		double outOfScope = probabilities.getOrDefault(NOT_OURS, 0.0);
		List<ScoredIntent> ranking = rank(probabilities, similarities);
		if (ranking.isEmpty()) {
			// nothing to read (no words, so no embedding) and no word model to score it anyway
			return Classification.refused(0, ranking, similarity, outOfScope);
		}
		ScoredIntent best = ranking.get(0);
		// no content word in common with any example: nothing the model says about it means anything
		boolean offTopic = similarity == 0 || similarity < this.properties.similarityThreshold()
				|| outOfScope >= best.score();
		if (offTopic || best.score() < this.properties.confidenceThreshold()) {
			return Classification.refused(best.score(), ranking, similarity, outOfScope);
		}
		return new Classification(best.intent(), best.score(), ranking, similarity, outOfScope);
	}

	/** Temperature scaling: p^a renormalized; the order of the categories never changes. */
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
	 * Intents best first (without the out-of-scope category), each scored by its probability blended with its
	 * share of the nearest-neighbour similarity.
	 */
	private List<ScoredIntent> rank(Map<String, Double> probabilities, Map<String, Double> similarities) {
		double weight = this.properties.similarityWeight();
		double total = similarities.values().stream().mapToDouble(Double::doubleValue).sum();
		List<ScoredIntent> ranking = new ArrayList<>(probabilities.size());
		probabilities.forEach((intent, probability) -> {
			if (!intent.equals(NOT_OURS)) {
				double share = (total > 0) ? similarities.getOrDefault(intent, 0.0) / total : 0;
				double score = (total > 0) ? (1 - weight) * probability + weight * share : probability;
				ranking.add(new ScoredIntent(intent, score));
			}
		});
		// ties (an empty message) keep a stable order
		ranking.sort(Comparator.comparingDouble(ScoredIntent::score).reversed().thenComparing(ScoredIntent::intent));
		return ranking;
	}

	/**
	 * Whether this JVM had to train the classifier because the build did not train one on these exact examples and
	 * settings (a word-feature model, never built, does not count).
	 */
	public boolean trainedAtStartup() {
		return this.meaning != null && this.meaning.trainedNow();
	}

	/** Cache statistics, published as metrics. */
	public Cache<String, Classification> cache() {
		return this.cache;
	}

}
