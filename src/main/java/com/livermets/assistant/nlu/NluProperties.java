package com.livermets.assistant.nlu;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

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
 * @param embeddingWeight weight of the sentence-embedding nearest neighbours blended into the maximum-entropy
 * probabilities, "not ours" included (0: no embeddings, and the model is never loaded)
 * @param embeddingTemperature softmax temperature that turns each category's best cosine similarity into a
 * probability (smaller: sharper)
 * @param embeddingSimilarity gate on the cosine similarity of the message's embedding to the closest in-scope
 * example instead of the TF-IDF similarity of its words (needs embeddings)
 * @param sharpening exponent applied to the final probabilities before renormalizing (temperature scaling: above 1
 * sharpens an under-confident model); never changes which intent ranks first
 */
@Validated
@ConfigurationProperties("assistant.nlu")
public record NluProperties(@DefaultValue("0.35") @DecimalMin("0.0") @DecimalMax("1.0") double confidenceThreshold,
		@DefaultValue("classpath:intents/lexicon/shorthand.txt") @NotBlank String shorthand,
		@DefaultValue("300") @Min(10) int iterations, @DefaultValue("10000") @Min(0) int cacheSize,
		@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double similarityThreshold,
		@DefaultValue("false") boolean spellingCorrection, @DefaultValue("false") boolean stemming,
		@DefaultValue("true") boolean characterNgrams,
		@DefaultValue("0.0") @DecimalMin("0.0") @DecimalMax("1.0") double similarityWeight,
		@DefaultValue(OUT_OF_SCOPE) String outOfScope,
		@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double embeddingWeight,
		@DefaultValue("0.02") @DecimalMin("0.001") @DecimalMax("1.0") double embeddingTemperature,
		@DefaultValue("true") boolean embeddingSimilarity,
		@DefaultValue("1.5") @DecimalMin("0.1") @DecimalMax("10.0") double sharpening) {

	static final String OUT_OF_SCOPE = "classpath:intents/out-of-scope/examples.txt";

	/** The service's defaults, for code that trains a classifier outside Spring (evaluation, benchmarks). */
	public static NluProperties defaults() {
		return new NluProperties(0.35, "classpath:intents/lexicon/shorthand.txt", 300, 10000, 0.5, false, false,
				true, 0.0, OUT_OF_SCOPE, 0.5, 0.02, true, 1.5);
	}

}
