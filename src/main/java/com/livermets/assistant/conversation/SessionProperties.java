package com.livermets.assistant.conversation;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxSize how many conversations are kept; the least recently used go first
 * @param idleExpiry how long a conversation is remembered after its last turn
 */
@Validated
@ConfigurationProperties("assistant.sessions")
public record SessionProperties(@DefaultValue("100000") @Min(1) long maxSize,
		@DefaultValue("30m") @NotNull Duration idleExpiry) {
}
