package com.livermets.assistant.nlu;

import com.livermets.assistant.startup.EarlyWarmUp;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Reads the built model and loads the configured embedding models (about 2 s) beside
 * Spring's own start instead of from the {@code sentenceEmbeddings} bean, which Spring
 * reaches half-way through. Both are per-JVM class holders, so the bean's warm-up finds
 * them loaded or waits for them.
 */
final class EmbeddingModelsEarlyWarmUp extends EarlyWarmUp {

	EmbeddingModelsEarlyWarmUp() {
		super("embedding-models");
	}

	@Override
	protected Runnable task(ConfigurableEnvironment environment) {
		NluProperties properties;
		try {
			properties = Binder.get(environment).bindOrCreate("assistant.nlu", NluProperties.class);
		}
		catch (RuntimeException invalid) {
			// the properties bean reports it, naming the setting
			return null;
		}
		SentenceEmbeddings embeddings = SentenceEmbeddings.of(properties.embeddingModels());
		return () -> {
			// the safety stage and the classifier read their example vectors from it
			// first
			BuiltModel.bundled();
			embeddings.warmUp();
		};
	}

}
