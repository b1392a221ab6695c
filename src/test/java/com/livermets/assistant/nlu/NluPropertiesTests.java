package com.livermets.assistant.nlu;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NluPropertiesTests {

	@Test
	void codeDefaultsMatchTheBoundDefaults() {
		Binder binder = new Binder(new MapConfigurationPropertySource());
		NluProperties bound = binder.bindOrCreate("assistant.nlu", NluProperties.class);
		assertThat(bound).isEqualTo(NluProperties.defaults());
	}

	@Test
	void anEmbeddingModelTheServiceDoesNotShipFailsBindingWithThePropertyName() {
		Binder binder = new Binder(
				new MapConfigurationPropertySource(Map.of("assistant.nlu.embedding-models", "all-minilm-l6-v2,gpt-9")));
		assertThatExceptionOfType(BindException.class)
			.isThrownBy(() -> binder.bindOrCreate("assistant.nlu", NluProperties.class))
			.havingRootCause()
			.withMessageContaining("assistant.nlu.embedding-models")
			.withMessageContaining("gpt-9");
	}

	@Test
	void oneEmbeddingModelIsEnough() {
		Binder binder = new Binder(
				new MapConfigurationPropertySource(Map.of("assistant.nlu.embedding-models", "all-minilm-l6-v2")));
		assertThat(binder.bindOrCreate("assistant.nlu", NluProperties.class).embeddingModels())
			.containsExactly("all-minilm-l6-v2");
	}

}
