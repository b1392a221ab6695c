package com.livermets.assistant.privacy;

import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param hashKey the HMAC key for identifiers; set {@code ASSISTANT_PRIVACY_HASH_KEY} in
 * production so hashes cannot be reversed by trying every phone number. The default is
 * public and works only with the {@code dev} profile, which
 * {@code ./mvnw spring-boot:run} activates
 */
@Validated
@ConfigurationProperties("assistant.privacy")
public record PrivacyProperties(@DefaultValue(PrivacyProperties.DEVELOPMENT_KEY) @Size(min = 16,
		message = "must have at least 16 characters") String hashKey) {

	/**
	 * Public, in this repository: it keeps a local run free of setup and must never hash
	 * real identifiers.
	 */
	public static final String DEVELOPMENT_KEY = "local-development-only-hash-key";

}
