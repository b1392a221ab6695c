package com.livermets.assistant.safety;

import java.time.Clock;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.nlu.SentenceEmbeddings;
import com.livermets.assistant.text.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class SafetyConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SafetyConfiguration.class);

	@Bean
	SafetyTriage safetyTriage(ResourceLoader resourceLoader, SafetyProperties properties, TextNormalizer normalizer,
			SentenceEmbeddings embeddings, Content content, ContentProperties contentProperties,
			ObjectProvider<Clock> clock) {
		SafetyTriage triage = new SafetyLoader(resourceLoader, properties, normalizer, embeddings,
				clock.getIfAvailable(Clock::systemUTC))
			.load(content.sourceText(), contentProperties.sourceTitle());
		logger.info("Safety triage loaded rules per level: {}", triage.ruleCounts());
		return triage;
	}

}
