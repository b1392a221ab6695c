package com.livermets.assistant.privacy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	@Bean
	IdentifierHasher identifierHasher(PrivacyProperties properties) {
		return new IdentifierHasher(properties.hashKey());
	}

}
