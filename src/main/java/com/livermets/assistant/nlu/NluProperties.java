package com.livermets.assistant.nlu;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Classifier settings.
 *
 * @param confidenceThreshold below this probability the answer is {@code fallback}; see the README for how it was
 * chosen
 * @param shorthand the shorthand and synonym map
 * @param iterations maximum-entropy training iterations
 * @param cacheSize how many normalized messages keep their classification
 */
@Validated
@ConfigurationProperties("assistant.nlu")
public record NluProperties(@DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double confidenceThreshold,
		@DefaultValue("classpath:intents/lexicon/shorthand.txt") @NotBlank String shorthand,
		@DefaultValue("300") @Min(10) int iterations, @DefaultValue("10000") @Min(0) int cacheSize) {
}
