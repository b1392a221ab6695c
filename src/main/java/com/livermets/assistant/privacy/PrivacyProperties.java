package com.livermets.assistant.privacy;

import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param hashKey the HMAC key for identifiers; set {@code ASSISTANT_PRIVACY_HASH_KEY} in production so hashes
 * cannot be reversed by trying every phone number
 */
@Validated
@ConfigurationProperties("assistant.privacy")
public record PrivacyProperties(
		@DefaultValue("local-development-only-hash-key") @Size(min = 16, message = "must have at least 16 characters") String hashKey) {
}
