package com.livermets.assistant.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param escalation the fixed message every reply carries, on every channel
 * @param fallback what the service says when it will not guess
 * @param maxMessageLength longer messages are refused with a clear error
 */
@Validated
@ConfigurationProperties("assistant.chat")
public record ChatProperties(@DefaultValue("If you have any concerns, contact your doctor.") @NotBlank String escalation,
		@DefaultValue("I'm sorry, I can't answer that. I can help with questions about liver metastases: what they are, where they come from, how they are found and treated, and support for you and your family.") @NotBlank String fallback,
		@DefaultValue("1000") @Min(1) @Max(10000) int maxMessageLength) {
}
