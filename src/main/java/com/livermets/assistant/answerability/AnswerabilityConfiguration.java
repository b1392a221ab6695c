package com.livermets.assistant.answerability;

import com.livermets.assistant.content.Content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class AnswerabilityConfiguration {

	@Bean
	Aspects aspects(ResourceLoader resourceLoader, AnswerabilityProperties properties, Content content) {
		return Aspects.read(resourceLoader, properties.aspects(), content);
	}

	@Bean
	Instructions instructions(ResourceLoader resourceLoader, AnswerabilityProperties properties) {
		return Instructions.read(resourceLoader, properties.instructions());
	}

}
