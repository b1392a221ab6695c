package com.livermets.assistant.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the service says is content ({@code responses/service/wording.txt}), not settings.
 *
 * @param maxMessageLength longer messages are refused with a clear error
 */
@Validated
@ConfigurationProperties("assistant.chat")
public record ChatProperties(@DefaultValue("1000") @Min(1) @Max(10000) int maxMessageLength) {
}
