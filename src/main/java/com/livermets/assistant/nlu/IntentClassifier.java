package com.livermets.assistant.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

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

	private final DocumentCategorizerME categorizer;

	private final TextNormalizer normalizer;

	private final Set<String> vocabulary;

	private final double threshold;

	private final Cache<String, Classification> cache;

	private IntentClassifier(DoccatModel model, TextNormalizer normalizer, Set<String> vocabulary,
			NluProperties properties) {
		this.categorizer = new DocumentCategorizerME(model);
		this.normalizer = normalizer;
		this.vocabulary = Set.copyOf(vocabulary);
		this.threshold = properties.confidenceThreshold();
		this.cache = Caffeine.newBuilder().maximumSize(properties.cacheSize()).recordStats().build();
	}

	/** Trains a classifier; also used by the evaluation tooling on cross-validation folds. */
	public static IntentClassifier train(Map<String, List<String>> examples, TextNormalizer normalizer,
			NluProperties properties) {
		Objects.requireNonNull(examples, "examples");
		if (examples.size() < 2) {
			throw new IllegalArgumentException("need at least two intents to train, got " + examples.size());
		}
		List<DocumentSample> samples = new ArrayList<>();
		Set<String> vocabulary = new HashSet<>();
		examples.forEach((intent, questions) -> {
			for (String question : questions) {
				List<String> tokens = normalizer.normalize(question).tokens();
				if (!tokens.isEmpty()) {
					samples.add(new DocumentSample(intent, tokens.toArray(String[]::new)));
					tokens.stream().filter((token) -> !STOPWORDS.contains(token)).forEach(vocabulary::add);
				}
			}
		});
		TrainingParameters parameters = TrainingParameters.defaultParams();
		parameters.put(TrainingParameters.ITERATIONS_PARAM, properties.iterations());
		// The default cutoff of 5 would drop most words of a few hundred short questions.
		parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
		try {
			FeatureGenerator[] features = { new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2) };
			DoccatModel model = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples),
					parameters, new DoccatFactory(features));
			return new IntentClassifier(model, normalizer, vocabulary, properties);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("training the intent classifier failed", ex);
		}
	}

	public Classification classify(String message) {
		return classify(this.normalizer.normalize(message));
	}

	public Classification classify(NormalizedText text) {
		return this.cache.get(text.text(), (key) -> compute(text));
	}

	private Classification compute(NormalizedText text) {
		double[] probabilities = this.categorizer.categorize(text.tokens().toArray(String[]::new));
		List<ScoredIntent> ranking = new ArrayList<>(probabilities.length);
		for (int i = 0; i < probabilities.length; i++) {
			ranking.add(new ScoredIntent(this.categorizer.getCategory(i), probabilities[i]));
		}
		ranking.sort(Comparator.comparingDouble(ScoredIntent::score).reversed());
		ScoredIntent best = ranking.get(0);
		if (!sharesVocabulary(text) || best.score() < this.threshold) {
			return Classification.refused(best.score(), ranking);
		}
		return new Classification(best.intent(), best.score(), ranking);
	}

	private boolean sharesVocabulary(NormalizedText text) {
		return text.tokens().stream().anyMatch(this.vocabulary::contains);
	}

	/** Cache statistics, published as metrics. */
	public Cache<String, Classification> cache() {
		return this.cache;
	}

}
