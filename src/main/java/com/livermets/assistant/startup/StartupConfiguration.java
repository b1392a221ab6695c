package com.livermets.assistant.startup;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StartupConfiguration {

	@Bean
	WarmUps warmUps() {
		return new WarmUps();
	}

	/**
	 * Runners finish before Spring Boot reports readiness, so the service is ready only
	 * once warm.
	 */
	@Bean
	ApplicationRunner awaitWarmUps(WarmUps warmUps) {
		return (arguments) -> warmUps.awaitAll();
	}

}
