package com.livermets.assistant.answerability;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the answerability content lives; the defaults read the copies packaged in the
 * jar.
 *
 * @param aspects the aspects a question can ask and the honest reply when the page does
 * not cover one
 * @param instructions the patterns of messages that try to change the assistant's
 * behaviour
 */
@Validated
@ConfigurationProperties("assistant.answerability")
public record AnswerabilityProperties(@DefaultValue("classpath:responses/aspects/aspects.txt") @NotBlank String aspects,
		@DefaultValue("classpath:intents/out-of-scope/instructions.txt") @NotBlank String instructions) {
}
