package com.livermets.assistant.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class NluConfiguration {

	private static final Log logger = LogFactory.getLog(NluConfiguration.class);

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
		long started = System.nanoTime();
		IntentClassifier classifier = IntentClassifier.train(content.examples(), normalizer, properties);
		logger.info("Trained the intent classifier on " + content.examples().values().stream().mapToInt(List::size).sum()
				+ " examples of " + content.examples().size() + " intents in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
		return classifier;
	}

}
