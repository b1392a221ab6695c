package com.livermets.assistant.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class NluConfiguration {

	@Bean
	TextNormalizer textNormalizer(ResourceLoader resourceLoader, NluProperties properties) {
		Resource resource = resourceLoader.getResource(properties.shorthand());
		if (!resource.exists()) {
			throw new ContentException("intents/lexicon/shorthand.txt", "file not found: " + resource.getDescription());
		}
		try {
			String text = resource.getContentAsString(StandardCharsets.UTF_8);
			return new TextNormalizer(ShorthandLexicon.parse(new ContentFile("intents/lexicon/shorthand.txt", text)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource.getDescription(), ex);
		}
	}

	@Bean
	IntentClassifier intentClassifier(Content content, TextNormalizer normalizer, NluProperties properties) {
		return IntentClassifier.train(content.examples(), normalizer, properties);
	}

}
