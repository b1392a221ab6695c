package com.livermets.assistant;

import com.livermets.assistant.content.Wording;
import com.livermets.assistant.http.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands content sentences to the modules below content's reach: {@code http} depends on
 * no other module, so its 500 problem gets its sentence here, where the application wires
 * the modules together.
 */
@Configuration(proxyBeanMethods = false)
class ServiceWording {

	@Bean
	Problems problems(Wording wording) {
		return new Problems(wording.text(Wording.Key.UNEXPECTED_ERROR));
	}

}
