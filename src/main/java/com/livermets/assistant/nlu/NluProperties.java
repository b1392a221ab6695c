package com.livermets.assistant.nlu;

import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Classifier settings. The defaults are the configuration that won the experiments in {@code docs/nlu.md}.
 *
 * @param confidenceThreshold below this probability the answer is {@code fallback}; see the README for how it was
 * chosen
 * @param shorthand the shorthand and synonym map
 * @param iterations maximum-entropy training iterations
 * @param cacheSize how many normalized messages keep their classification (0: no cache)
 * @param similarityThreshold below this cosine similarity to the nearest training example the answer is
 * {@code fallback} (a message sharing no content word with any example always is)
 * @param spellingCorrection correct misspelt words to the nearest training word
 * @param stemming reduce words to their stems before classifying
 * @param characterNgrams add character 3- and 4-grams to the words and word bigrams
 * @param similarityWeight weight of the nearest-neighbour similarity blended into the maximum-entropy probabilities
 * (0: maximum entropy alone)
 * @param outOfScope questions trained as "not ours" (blank: none)
 * @param embeddingWeight weight of the sentence-embedding classifier (a maximum-entropy model over the dimensions of
 * the message's embedding) blended with the word-feature model, "not ours" included (0: no embeddings, and no model
 * is loaded; 1: the word-feature model is not trained)
 * @param embeddingRegularization L2 cost of the sentence-embedding classifier (larger: smaller weights, softer
 * probabilities)
 * @param embeddingSimilarity gate on the cosine similarity of the message's embedding to the closest in-scope
 * example instead of the TF-IDF similarity of its words (needs embeddings)
 * @param sharpening exponent applied to the final probabilities before renormalizing (temperature scaling: above 1
 * sharpens an under-confident model); never changes which intent ranks first
 * @param embeddingModels the sentence-embedding models whose vectors are put side by side, from
 * {@code all-minilm-l6-v2} and {@code bge-small-en-v1.5}
 */
@Validated
@ConfigurationProperties("assistant.nlu")
public record NluProperties(@DefaultValue("0.3") @DecimalMin("0.0") @DecimalMax("1.0") double confidenceThreshold,
		@DefaultValue("classpath:intents/lexicon/shorthand.txt") @NotBlank String shorthand,
		@DefaultValue("300") @Min(10) int iterations, @DefaultValue("10000") @Min(0) int cacheSize,
		@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double similarityThreshold,
		@DefaultValue("false") boolean spellingCorrection, @DefaultValue("false") boolean stemming,
		@DefaultValue("true") boolean characterNgrams,
		@DefaultValue("0.0") @DecimalMin("0.0") @DecimalMax("1.0") double similarityWeight,
		@DefaultValue(OUT_OF_SCOPE) String outOfScope,
		@DefaultValue("1.0") @DecimalMin("0.0") @DecimalMax("1.0") double embeddingWeight,
		@DefaultValue("0.01") @DecimalMin("0.0") @DecimalMax("100.0") double embeddingRegularization,
		@DefaultValue("true") boolean embeddingSimilarity,
		@DefaultValue("1.5") @DecimalMin("0.1") @DecimalMax("10.0") double sharpening,
		@DefaultValue({ "all-minilm-l6-v2", "bge-small-en-v1.5" }) @NotEmpty List<String> embeddingModels) {

	public NluProperties {
		embeddingModels = List.copyOf(embeddingModels);
		// the one check of the names: SentenceEmbeddings trusts them
		if (embeddingModels.isEmpty() || !SentenceEmbeddings.KNOWN.containsAll(embeddingModels)) {
			throw new IllegalArgumentException("assistant.nlu.embedding-models: " + embeddingModels
					+ " must name one or more models this service ships: " + SentenceEmbeddings.KNOWN);
		}
	}

	static final String OUT_OF_SCOPE = "classpath:intents/out-of-scope/examples.txt";

	/** The service's defaults, for code that trains a classifier outside Spring (evaluation, benchmarks). */
	public static NluProperties defaults() {
		return new NluProperties(0.3, "classpath:intents/lexicon/shorthand.txt", 300, 10000, 0.5, false, false,
				true, 0.0, OUT_OF_SCOPE, 1.0, 0.01, true, 1.5, SentenceEmbeddings.KNOWN);
	}

}
