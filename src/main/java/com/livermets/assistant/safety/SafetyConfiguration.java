package com.livermets.assistant.safety;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.nlu.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SafetyConfiguration.class);

	@Bean
	SafetyTriage safetyTriage(ResourceLoader resourceLoader, SafetyProperties properties, TextNormalizer normalizer,
			Content content, ContentProperties contentProperties) {
		SafetyTriage triage = new SafetyLoader(resourceLoader, properties, normalizer).load(content.sourceText(),
				contentProperties.sourceTitle());
		logger.info("Safety triage loaded rules per level: {}", triage.ruleCounts());
		return triage;
	}

}
