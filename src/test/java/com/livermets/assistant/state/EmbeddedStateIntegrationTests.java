package com.livermets.assistant.state;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.conversation.ConversationStore;
import com.livermets.assistant.conversation.SessionStore;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default, embedded store, in the shared test context: nothing of Redis is created,
 * so nothing connects to it and no Redis health check can report DOWN.
 */
class EmbeddedStateIntegrationTests extends AbstractIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Test
	void theEmbeddedStoreCreatesNothingOfRedis() {
		assertThat(this.context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ReactiveRedisConnectionFactory.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(RedisState.class)).isEmpty();
		assertThat(this.context.getBean(ConversationStore.class)).isInstanceOf(SessionStore.class);
	}

	@Test
	void readinessIncludesTheStateStoreAndHasNoRedisCheck() {
		assertThat(ApplicationNode.readiness(this.client)).isEqualTo("UP");
		assertThat(this.context.getBeanNamesForType(StateHealthIndicator.class)).hasSize(1);
		assertThat(this.context.containsBean("redisHealthContributor")).isFalse();
	}

}
