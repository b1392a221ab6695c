package com.livermets.assistant.nlu;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class NluPropertiesTests {

	@Test
	void codeDefaultsMatchTheBoundDefaults() {
		Binder binder = new Binder(new MapConfigurationPropertySource());
		NluProperties bound = binder.bindOrCreate("assistant.nlu", NluProperties.class);
		assertThat(bound).isEqualTo(NluProperties.defaults());
	}

}
