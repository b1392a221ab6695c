package com.livermets.assistant.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class ContentConfiguration {

	@Bean
	Content content(ResourceLoader resourceLoader, ContentProperties properties) {
		return new ContentLoader(resourceLoader, properties).load();
	}

	@Bean
	Wording wording(ResourceLoader resourceLoader, ContentProperties properties) {
		return Wording.load(resourceLoader, properties.responses());
	}

}
