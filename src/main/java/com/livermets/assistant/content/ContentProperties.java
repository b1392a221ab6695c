package com.livermets.assistant.content;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the clinician-edited content lives. The defaults read the copies packaged in the jar; point them at
 * {@code file:intents/} etc. to edit content without rebuilding.
 */
@Validated
@ConfigurationProperties("assistant.content")
public record ContentProperties(@DefaultValue("classpath:intents/") @NotBlank String intents,
		@DefaultValue("classpath:responses/") @NotBlank String responses,
		@DefaultValue("classpath:source/liver-metastases.txt") @NotBlank String source,
		@DefaultValue("Liver metastases: patient education page") @NotBlank String sourceTitle,
		@DefaultValue("5") @Min(1) int minExamplesPerIntent) {
}
