package com.livermets.assistant.content;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the clinician-edited content lives. The defaults read the copies packaged in the
 * jar; point them at {@code file:intents/} etc. to edit content without rebuilding.
 *
 * @param intents the folder of example questions, one {@code <intent>.txt} per intent
 * @param responses the folder of replies, one {@code <intent>.txt} per intent
 * @param source the trusted page every answer quotes verbatim
 * @param sourceTitle the page's name, shown with every quoted passage
 * @param minExamplesPerIntent an intent with fewer examples stops the service: too few to
 * learn the topic from
 */
@Validated
@ConfigurationProperties("assistant.content")
public record ContentProperties(@DefaultValue("classpath:intents/") @NotBlank String intents,
		@DefaultValue("classpath:responses/") @NotBlank String responses,
		@DefaultValue("classpath:source/liver-metastases.txt") @NotBlank String source,
		@DefaultValue("Liver metastases: patient education page") @NotBlank String sourceTitle,
		@DefaultValue("5") @Min(1) int minExamplesPerIntent) {
}
