package com.livermets.assistant.nlu;

import java.util.List;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.startup.WarmUps;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class NluConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(NluConfiguration.class);

	@Bean
	TextNormalizer textNormalizer(ResourceLoader resourceLoader, NluProperties properties) {
		return new TextNormalizer(
				ShorthandLexicon.parse(read(resourceLoader, properties.shorthand(), "intents/lexicon/shorthand.txt")));
	}

	/**
	 * The same models the classifier reads, for the safety stage's exemplars; one forward
	 * pass per message.
	 */
	@Bean
	SentenceEmbeddings sentenceEmbeddings(NluProperties properties, ObjectProvider<WarmUps> warmUps) {
		SentenceEmbeddings embeddings = SentenceEmbeddings.of(properties.embeddingModels());
		// the built model holds every example's vector, so only the first new message
		// needs the models: load
		// them beside the rest of the start (the model build has no warm-ups, and needs
		// them only on a miss)
		warmUps.ifAvailable((background) -> background.start("embedding-models", embeddings::warmUp));
		return embeddings;
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
		long millis = (System.nanoTime() - started) / 1_000_000;
		int examples = content.examples().values().stream().mapToInt(List::size).sum();
		if (classifier.trainedAtStartup()) {
			logger.warn("The intents differ from the model built into this package, so the classifier was trained "
					+ "at startup on {} examples in {} ms; ./mvnw package builds it in", examples, millis);
		}
		else {
			logger.info("Loaded the intent classifier built for these {} examples of {} intents in {} ms", examples,
					content.examples().size(), millis);
		}
		return classifier;
	}

	private static ContentFile read(ResourceLoader resourceLoader, String location, String name) {
		return ContentFile.read(resourceLoader.getResource(location), name);
	}

}
