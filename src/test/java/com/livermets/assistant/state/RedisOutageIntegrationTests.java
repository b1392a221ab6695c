package com.livermets.assistant.state;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.livermets.assistant.channel.sms.SignedWebhooks;
import com.livermets.assistant.content.Content;
import com.livermets.assistant.privacy.IdentifierHasher;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * Redis stopped under a running node, then started again: web turns keep being answered
 * (single-turn, never a 5xx), SMS sends nothing to a number it cannot check, readiness
 * says DEGRADED yet answers 200, and once Redis is back conversations, SMS and the
 * opt-out taken meanwhile carry on without a restart.
 */
class RedisOutageIntegrationTests {

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	@TempDir
	static Path directory;

	private static final AtomicInteger ids = new AtomicInteger();

	private static ApplicationNode node;

	@BeforeAll
	static void start() {
		node = ApplicationNode.start(TwoNodesIntegrationTests.settings(redis, directory, "outage"));
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void aNodeKeepsAnsweringWhileRedisIsDownAndResumesWhenItReturns() throws Exception {
		assertThat(picksTheSecondOption()).as("multi-turn with Redis").isTrue();
		assertThat(readiness()).isEqualTo("UP");

		redis.stop();

		for (String message : new String[] { "What is ablation?", "hello", "tell me more", "What is embolization?",
				"2" }) {
			Map<?, ?> reply = say("outage-web-" + ids.incrementAndGet(), message);
			assertThat((String) reply.get("reply")).as(message).isNotBlank();
		}
		Map<?, ?> crisis = say("outage-crisis", "I want to kill myself");
		assertThat(crisis.get("triage")).isEqualTo("crisis");
		assertThat(sms(phone(), "What is ablation?")).as("SMS to a number it cannot check").isEmpty();
		String stopped = phone();
		assertThat(sms(stopped, "STOP")).isEmpty();
		assertThat(sms(stopped, "What is ablation?")).isEmpty();
		assertThat(readiness()).isEqualTo("DEGRADED");
		MeterRegistry meters = node.bean(MeterRegistry.class);
		assertThat(meters.get("assistant.state.redis.failures").functionCounter().count()).isPositive();
		assertThat(meters.get("assistant.sms.suppression.unsaved").gauge().value()).isEqualTo(1);

		redis.start();

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(250))
			.untilAsserted(() -> assertThat(readiness()).isEqualTo("UP"));
		assertThat(picksTheSecondOption()).as("multi-turn after Redis returned").isTrue();
		assertThat(sms(phone(), "What is ablation?")).as("SMS after Redis returned").isPresent();
		// the opt-out taken during the outage reaches Redis by itself, for every node
		String stoppedKey = node.bean(IdentifierHasher.class).hash("sms", stopped);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(redis.command("HEXISTS assistant:sms:opt-outs " + stoppedKey)).isEqualTo(":1"));
		assertThat(sms(stopped, "What is ablation?")).isEmpty();
	}

	@Test
	void aNodeThatCannotReachRedisAtStartupDoesNotStartAndSaysWhere() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		Map<String, String> settings = new HashMap<>(TwoNodesIntegrationTests.settings(redis, directory, "no-redis"));
		settings.put("spring.data.redis.port", Integer.toString(closedPort));

		Throwable failure = catchThrowable(() -> ApplicationNode.start(settings).close());

		assertThat(failure).as("the node must not start").isNotNull();
		assertThat(startupMessages(failure)).contains("spring.data.redis", ":" + closedPort);
	}

	private static String startupMessages(Throwable error) {
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		return messages.toString();
	}

	/** A clarification, then "2": true when "2" picked the second option. */
	private boolean picksTheSecondOption() {
		String session = "outage-clarify-" + ids.incrementAndGet();
		Map<?, ?> clarification = say(session, "What is embolization?");
		List<?> options = (List<?>) clarification.get("suggestions");
		if (!"clarify".equals(clarification.get("intent")) || options.size() < 2) {
			return false;
		}
		Object intent = say(session, "2").get("intent");
		return (intent instanceof String picked) && node.bean(Content.class).hasIntent(picked)
				&& node.bean(Content.class).response(picked).title().equals(options.get(1));
	}

	private Map<?, ?> say(String session, String message) {
		Map<?, ?> reply = node.chat(session, message)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(reply).isNotNull();
		return reply;
	}

	private static Optional<String> sms(String phone, String body) {
		Map<String, String> params = SignedWebhooks.params(String.format("SM%032x", 0x9000 + ids.incrementAndGet()),
				phone, body);
		WebTestClient.ResponseSpec response = SignedWebhooks.post(node.client(), TwoNodesIntegrationTests.TOKEN,
				TwoNodesIntegrationTests.PUBLIC_URL, params);
		return SignedWebhooks.message(SignedWebhooks.twiml(response));
	}

	private static Object readiness() {
		return ApplicationNode.readiness(node.client());
	}

	private static String phone() {
		return "+1555500" + (1000 + ids.incrementAndGet());
	}

}
