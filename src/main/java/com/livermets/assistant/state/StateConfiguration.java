package com.livermets.assistant.state;

import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The state store's health check always, and the Redis connection only when
 * {@code assistant.state.store=redis}. Boot's Redis auto-configuration is excluded in
 * application.yml, so the embedded default creates no connection factory, makes no
 * connection attempt and gets no Redis health indicator that would report DOWN; the redis
 * store imports the same auto-configuration here, so {@code spring.data.redis.*} works as
 * Boot documents it.
 */
@Configuration(proxyBeanMethods = false)
class StateConfiguration {

	@Bean
	StateHealthIndicator stateHealthIndicator(ObjectProvider<RedisState> redis) {
		return new StateHealthIndicator(redis.getIfAvailable());
	}

	/** The TCP connect and a PING; Lettuce's connect timeout (10 s) bounds it first. */
	private static final Duration STARTUP_CONNECT = Duration.ofSeconds(30);

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "assistant.state.store", havingValue = "redis")
	@Import({ DataRedisAutoConfiguration.class, DataRedisReactiveAutoConfiguration.class })
	static class RedisStateConfiguration {

		/**
		 * While Lettuce reconnects, commands are refused at once rather than queued, so a
		 * turn degrades now instead of after the command timeout. Lettuce keeps
		 * reconnecting by itself, so nothing needs a restart when Redis returns.
		 */
		@Bean
		LettuceClientOptionsBuilderCustomizer failFastWhileDisconnected() {
			return (options) -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
				.autoReconnect(true);
		}

		@Bean
		RedisState redisState(ReactiveStringRedisTemplate template, StateProperties properties) {
			return new RedisState(template, properties.redis());
		}

		/**
		 * Connects before the server takes requests. Spring Data Redis opens its shared
		 * connection on first use, and opening it waits for the TCP connect: done by a
		 * turn, that wait would hold a parallel or event-loop thread. Once open, Lettuce
		 * keeps the connection and reconnects it by itself, so a running node that loses
		 * Redis degrades instead. A node that cannot reach Redis at startup does not
		 * start: it would serve single-turn only, and the replicas already running keep
		 * serving meanwhile.
		 */
		@Bean
		SmartInitializingSingleton connectToRedisAtStartup(RedisState redis, ObjectProvider<Environment> environment) {
			return () -> {
				try {
					redis.template().execute((connection) -> connection.ping()).blockLast(STARTUP_CONNECT);
				}
				catch (RuntimeException ex) {
					Environment settings = environment.getObject();
					throw new IllegalStateException("assistant.state.store=redis, but Redis at "
							+ settings.getProperty("spring.data.redis.host", "localhost") + ":"
							+ settings.getProperty("spring.data.redis.port", "6379")
							+ " does not answer (spring.data.redis.*): " + ex.getClass().getSimpleName(), ex);
				}
			};
		}

		@Bean
		MeterBinder redisStateMetrics(RedisState redis) {
			return (registry) -> FunctionCounter.builder("assistant.state.redis.failures", redis, RedisState::failures)
				.description("Redis commands that failed or timed out; the turn went on without shared state")
				.register(registry);
		}

	}

}
