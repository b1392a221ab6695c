package com.livermets.assistant.safety;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

	@Bean
	SafetyTriage safetyTriage() {
		return new SafetyTriage();
	}

}
