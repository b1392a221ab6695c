package com.livermets.assistant.state;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatePropertiesTests {

	@Test
	void theDefaultIsTheEmbeddedStoreWithABoundedRedisTimeout() {
		StateProperties properties = bind(Map.of());

		assertThat(properties.isRedis()).isFalse();
		assertThat(properties.redis().commandTimeout()).isEqualTo(Duration.ofMillis(250));
		assertThat(properties.redis().keyPrefix()).isEqualTo("assistant:");
		assertThat(properties.redis().importSuppressionFile()).isNull();
	}

	@Test
	void redisIsChosenByName() {
		assertThat(bind(Map.of("assistant.state.store", "redis")).isRedis()).isTrue();
	}

	@Test
	void anUnknownStoreIsRefusedNamingTheKey() {
		assertThatThrownBy(() -> bind(Map.of("assistant.state.store", "memcached"))).isInstanceOf(BindException.class)
			.hasMessageContaining("assistant.state.store");
	}

	private static StateProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("assistant.state",
				StateProperties.class);
	}

}
