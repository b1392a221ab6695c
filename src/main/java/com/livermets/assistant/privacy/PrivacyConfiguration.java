package com.livermets.assistant.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	/**
	 * The profile for a developer's machine; the only one that may hash with the public
	 * default key.
	 */
	static final String DEV_PROFILE = "dev";

	@Bean
	IdentifierHasher identifierHasher(PrivacyProperties properties, Environment environment) {
		boolean publicKey = PrivacyProperties.DEVELOPMENT_KEY.equals(properties.hashKey());
		if (publicKey && !environment.matchesProfiles(DEV_PROFILE)) {
			// anyone could then reverse a phone-number hash by hashing every number with
			// the published key
			throw new IllegalStateException("assistant.privacy.hash-key is the public development default: set "
					+ "ASSISTANT_PRIVACY_HASH_KEY to a secret of at least 16 characters, or activate the '"
					+ DEV_PROFILE + "' profile on a development machine");
		}
		return new IdentifierHasher(properties.hashKey());
	}

}
