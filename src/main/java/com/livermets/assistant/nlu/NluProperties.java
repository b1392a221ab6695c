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
 * Classifier settings. The defaults are the configuration that won the experiments in
 * {@code docs/nlu.md}.
 *
 * @param confidenceThreshold below this probability the answer is {@code fallback}; see
 * docs/nlu.md for how it was chosen
 * @param shorthand the shorthand and synonym map
 * @param iterations maximum-entropy training iterations
 * @param cacheSize how many normalized messages keep their classification (0: no cache)
 * @param similarityThreshold below this cosine similarity to the nearest training example
 * the answer is {@code fallback}
 * @param outOfScope questions trained as "not ours" (blank: none)
 * @param embeddingRegularization L2 cost of the sentence-embedding classifier (larger:
 * smaller weights, softer probabilities)
 * @param sharpening exponent applied to the final probabilities before renormalizing
 * (temperature scaling: above 1 sharpens an under-confident model); never changes which
 * intent ranks first
 * @param embeddingModels the sentence-embedding models whose vectors are put side by
 * side, from {@code all-minilm-l6-v2} and {@code bge-small-en-v1.5}
 */
@Validated
@ConfigurationProperties("assistant.nlu")
public record NluProperties(@DefaultValue("0.30") @DecimalMin("0.0") @DecimalMax("1.0") double confidenceThreshold,
		@DefaultValue("classpath:intents/lexicon/shorthand.txt") @NotBlank String shorthand,
		@DefaultValue("300") @Min(10) int iterations, @DefaultValue("10000") @Min(0) int cacheSize,
		@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double similarityThreshold,
		@DefaultValue(OUT_OF_SCOPE) String outOfScope,
		@DefaultValue("0.01") @DecimalMin("0.0") @DecimalMax("100.0") double embeddingRegularization,
		@DefaultValue("1.5") @DecimalMin("0.1") @DecimalMax("10.0") double sharpening, @DefaultValue( {
				"all-minilm-l6-v2", "bge-small-en-v1.5" }) @NotEmpty List<String> embeddingModels){

	public NluProperties {
		embeddingModels = List.copyOf(embeddingModels);
		// the one check of the names: SentenceEmbeddings trusts them
		if (embeddingModels.isEmpty() || !SentenceEmbeddings.KNOWN.containsAll(embeddingModels)) {
			throw new IllegalArgumentException("assistant.nlu.embedding-models: " + embeddingModels
					+ " must name one or more models this service ships: " + SentenceEmbeddings.KNOWN);
		}
	}

	static final String OUT_OF_SCOPE = "classpath:intents/out-of-scope/examples.txt";

	/**
	 * These settings with another classification cache size (0: none, as benchmarks of
	 * new messages need).
	 */
	public NluProperties withCacheSize(int size) {
		return new NluProperties(this.confidenceThreshold, this.shorthand, this.iterations, size,
				this.similarityThreshold, this.outOfScope, this.embeddingRegularization, this.sharpening,
				this.embeddingModels);
	}

	/**
	 * These settings with other refusal thresholds (the evaluation trains at 0 and
	 * applies them afterwards).
	 */
	public NluProperties withThresholds(double confidence, double similarity) {
		return new NluProperties(confidence, this.shorthand, this.iterations, this.cacheSize, similarity,
				this.outOfScope, this.embeddingRegularization, this.sharpening, this.embeddingModels);
	}

	/**
	 * These settings with other embedding models or sharpening, for the evaluation's
	 * experiments.
	 */
	public NluProperties withModel(List<String> models, double sharpening) {
		return new NluProperties(this.confidenceThreshold, this.shorthand, this.iterations, this.cacheSize,
				this.similarityThreshold, this.outOfScope, this.embeddingRegularization, sharpening, models);
	}

	/**
	 * The service's defaults, for code that trains a classifier outside Spring
	 * (evaluation, benchmarks).
	 */
	public static NluProperties defaults() {
		return new NluProperties(0.30, "classpath:intents/lexicon/shorthand.txt", 300, 10000, 0.5, OUT_OF_SCOPE, 0.01,
				1.5, SentenceEmbeddings.KNOWN);
	}

}
