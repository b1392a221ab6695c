package com.livermets.assistant.state;

import java.nio.file.Path;
import java.time.Duration;

import io.lettuce.core.ClientOptions;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * A {@link RedisState} over a test server, configured as the application configures it
 * (commands refused at once while disconnected, bounded by the command timeout), for the
 * tests of each Redis store without a Spring context. Each instance is one "node".
 */
public final class RedisConnection implements AutoCloseable {

	public static final Duration COMMAND_TIMEOUT = Duration.ofMillis(500);

	private final LettuceConnectionFactory factory;

	private final RedisState state;

	public RedisConnection(RedisServerExtension server) {
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(COMMAND_TIMEOUT)
			.clientOptions(ClientOptions.builder()
				.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
				.build())
			.build();
		this.factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(server.host(), server.port()),
				client);
		this.factory.afterPropertiesSet();
		this.factory.start();
		this.state = new RedisState(new ReactiveStringRedisTemplate(this.factory), properties());
	}

	public static StateProperties.Redis properties() {
		return new StateProperties.Redis(COMMAND_TIMEOUT, "test:", (Path) null, Duration.ofMillis(100));
	}

	public RedisState state() {
		return this.state;
	}

	@Override
	public void close() {
		this.factory.destroy();
	}

}
