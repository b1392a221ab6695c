package com.livermets.assistant.state;

import java.nio.file.Path;
import java.util.Map;

import com.livermets.assistant.channel.sms.SignedWebhooks;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.blockhound.BlockHound;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Redis store under BlockHound: loading, saving, the Lua scripts and the SMS stores
 * run on Lettuce's and Netty's threads, and none of them may block (the embedded store's
 * twin is {@code NonBlockingIntegrationTests}). Tag {@code blockhound}: a JVM of its own.
 */
@Tag("blockhound")
class RedisNonBlockingIntegrationTests {

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	@TempDir
	static Path directory;

	private static ApplicationNode node;

	@BeforeAll
	static void start() {
		BlockHound.install();
		node = ApplicationNode.start(TwoNodesIntegrationTests.settings(redis, directory, "blockhound"));
	}

	/**
	 * A blocking call fails the Redis command, and the turn would degrade quietly instead
	 * of failing: no command may have failed.
	 */
	@AfterEach
	void noRedisCommandFailed() {
		assertThat(node.bean(MeterRegistry.class).get("assistant.state.redis.failures").functionCounter().count())
			.isZero();
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void webTurnsWithRedisNeverBlock() {
		for (String message : new String[] { "What is embolization?", "2", "tell me more", "I'm vomiting blood",
				"hello" }) {
			node.client()
				.post()
				.uri("/api/chat")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("sessionId", "blockhound-redis", "message", message))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	@Test
	void smsTurnsWithRedisNeverBlock() {
		int n = 0;
		for (String body : new String[] { "What is embolization?", "1", "MORE", "STOP", "hello", "START", "HELP" }) {
			Map<String, String> params = SignedWebhooks.params(String.format("SM%032x", 0xb000 + n++), "+15556001000",
					body);
			SignedWebhooks.twiml(SignedWebhooks.post(node.client(), TwoNodesIntegrationTests.TOKEN,
					TwoNodesIntegrationTests.PUBLIC_URL, params));
		}
	}

}
