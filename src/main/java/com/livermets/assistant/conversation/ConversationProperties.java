package com.livermets.assistant.conversation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When to ask "Did you mean ...?" instead of answering; what the moves say is content
 * ({@code responses/service/wording.txt}). The thresholds were measured on held-out
 * questions and cross-validation; see {@code docs/conversation.md}.
 *
 * @param confidentThreshold an accepted classification at or above this probability is
 * answered; between the classifier's fallback threshold and this one the user is asked to
 * choose
 * @param closeMargin when the best intent leads the second by less than this, the user is
 * asked to choose
 * @param maxOptions how many options a clarification offers at most (at least two are
 * always offered)
 * @param optionFloor options after the first two are offered only when their probability
 * reaches this
 */
@Validated
@ConfigurationProperties("assistant.conversation")
public record ConversationProperties(
		@DefaultValue("0.6") @DecimalMin("0.0") @DecimalMax("1.0") double confidentThreshold,
		@DefaultValue("0.15") @DecimalMin("0.0") @DecimalMax("1.0") double closeMargin,
		@DefaultValue("3") @Min(2) @Max(3) int maxOptions,
		@DefaultValue("0.05") @DecimalMin("0.0") @DecimalMax("1.0") double optionFloor) {
}
