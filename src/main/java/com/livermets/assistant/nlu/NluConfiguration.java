package com.livermets.assistant.nlu;

import java.util.List;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentFile;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class NluConfiguration {

	private static final Log logger = LogFactory.getLog(NluConfiguration.class);

	@Bean
	TextNormalizer textNormalizer(ResourceLoader resourceLoader, NluProperties properties) {
		return new TextNormalizer(ShorthandLexicon
			.parse(read(resourceLoader, properties.shorthand(), "intents/lexicon/shorthand.txt")));
	}

	/** The same models the classifier reads, for the safety stage's exemplars; one forward pass per message. */
	@Bean
	SentenceEmbeddings sentenceEmbeddings(NluProperties properties) {
		return SentenceEmbeddings.of(properties.embeddingModels());
	}

	@Bean
	IntentClassifier intentClassifier(Content content, TextNormalizer normalizer, ResourceLoader resourceLoader,
			NluProperties properties) {
		List<String> outOfScope = properties.outOfScope().isBlank() ? List.of()
				: read(resourceLoader, properties.outOfScope(), "intents/out-of-scope/examples.txt").meaningfulLines()
					.stream()
					.map(ContentFile.Line::text)
					.toList();
		long started = System.nanoTime();
		IntentClassifier classifier = IntentClassifier.train(content.examples(), outOfScope, normalizer, properties);
		logger.info("Trained the intent classifier on " + content.examples().values().stream().mapToInt(List::size).sum()
				+ " examples of " + content.examples().size() + " intents in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
		return classifier;
	}

	private static ContentFile read(ResourceLoader resourceLoader, String location, String name) {
		return ContentFile.read(resourceLoader.getResource(location), name);
	}

}
