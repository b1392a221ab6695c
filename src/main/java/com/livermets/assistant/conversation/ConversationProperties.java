package com.livermets.assistant.conversation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When to ask "Did you mean ...?" instead of answering, and the fixed texts of conversation moves. The thresholds
 * were measured on held-out questions and cross-validation; see {@code docs/conversation.md}.
 *
 * @param confidentThreshold an accepted classification at or above this probability is answered; between the
 * classifier's fallback threshold and this one the user is asked to choose
 * @param closeMargin when the best intent leads the second by less than this, the user is asked to choose
 * @param maxOptions how many options a clarification offers at most (at least two are always offered)
 * @param optionFloor options after the first two are offered only when their probability reaches this
 * @param reset the reply to "start over"; the service's topics are offered as suggestions
 * @param declined the reply when the user turns down every offered option
 * @param noMore the reply to "tell me more" when the topic has no longer form
 */
@Validated
@ConfigurationProperties("assistant.conversation")
public record ConversationProperties(
		@DefaultValue("0.75") @DecimalMin("0.0") @DecimalMax("1.0") double confidentThreshold,
		@DefaultValue("0.3") @DecimalMin("0.0") @DecimalMax("1.0") double closeMargin,
		@DefaultValue("3") @Min(2) @Max(3) int maxOptions,
		@DefaultValue("0.05") @DecimalMin("0.0") @DecimalMax("1.0") double optionFloor,
		@DefaultValue("All right, let's start over. I can help with questions about liver metastases: what they are, where they come from, how they are found and treated, and support for you and your family.") @NotBlank String reset,
		@DefaultValue("All right. I can help with questions about liver metastases: what they are, where they come from, how they are found and treated, and support for you and your family. What would you like to know?") @NotBlank String declined,
		@DefaultValue("That is all the information I have on this. You can ask one of the related questions below.") @NotBlank String noMore) {
}
