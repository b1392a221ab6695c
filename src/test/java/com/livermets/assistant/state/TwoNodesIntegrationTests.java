package com.livermets.assistant.state;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.livermets.assistant.channel.sms.SignedWebhooks;
import com.livermets.assistant.content.Content;
import com.livermets.assistant.conversation.ConversationState;
import com.livermets.assistant.privacy.IdentifierHasher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application, on two ports, sharing one real Redis: what one node
 * starts, the other continues, as behind a load balancer without sticky sessions. Each
 * node has a suppression file of its own (unused with Redis), as two pods would.
 */
class TwoNodesIntegrationTests {

	static final String TOKEN = "two-nodes-0123456789abcdef0123456";

	static final String PUBLIC_URL = "https://assistant.example.org/sms/twilio";

	/** Small enough to reach in a test; counted per web conversation. */
	static final int SESSION_LIMIT = 4;

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	@TempDir
	static Path directory;

	private static final AtomicInteger ids = new AtomicInteger();

	private static ApplicationNode a;

	private static ApplicationNode b;

	private static RedisConnection connection;

	private final String phone = "+1555400" + (1000 + ids.incrementAndGet());

	@BeforeAll
	static void startBothNodes() {
		a = start("a");
		b = start("b");
		connection = new RedisConnection(redis);
	}

	@AfterAll
	static void stopBothNodes() {
		for (AutoCloseable closeable : new AutoCloseable[] { a, b, connection }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				// the next one still closes
			}
		}
	}

	/**
	 * A node with the Redis store on {@code server}, signed SMS, every question clarified
	 * and a small per-conversation limit.
	 */
	static Map<String, String> settings(RedisServerExtension server, Path directory, String node) {
		Map<String, String> settings = new HashMap<>();
		settings.put("spring.profiles.active", "dev");
		settings.put("assistant.state.store", "redis");
		settings.put("spring.data.redis.host", server.host());
		settings.put("spring.data.redis.port", Integer.toString(server.port()));
		settings.put("assistant.sms.auth-token", TOKEN);
		settings.put("assistant.sms.public-url", PUBLIC_URL);
		settings.put("assistant.sms.suppression-file", directory.resolve(node + ".mv.db").toString());
		// Every accepted question is clarified, so a clarification does not depend on
		// how sure the classifier is of one wording (as in
		// ClarificationDialogueIntegrationTests).
		settings.put("assistant.conversation.confident-threshold", "1.0");
		settings.put("assistant.rate-limit.per-session.limit", Integer.toString(SESSION_LIMIT));
		settings.put("assistant.rate-limit.per-session.window", "1h");
		// these tests check that state is shared, degrades and resumes, not how fast
		// Redis answers: on a CI machine starved of CPU a command once took longer than
		// the production 250 ms while Redis was up (RedisOutageIntegrationTests)
		settings.put("assistant.state.redis.command-timeout", "1s");
		return settings;
	}

	private static ApplicationNode start(String node) {
		return ApplicationNode.start(settings(redis, directory, node));
	}

	@Test
	void aClarificationOnNodeAIsAnsweredByTwoOnNodeB() {
		String session = "two-nodes-clarify-" + ids.incrementAndGet();
		Map<?, ?> clarification = say(a, session, "What is embolization?");
		assertThat(clarification.get("intent")).isEqualTo("clarify");
		List<?> options = (List<?>) clarification.get("suggestions");
		assertThat(options).hasSizeGreaterThanOrEqualTo(2);

		Map<?, ?> picked = say(b, session, "2");

		assertThat(picked.get("intent")).isNotEqualTo("clarify").isNotEqualTo("fallback");
		assertThat(b.bean(Content.class).response((String) picked.get("intent")).title()).isEqualTo(options.get(1));
	}

	@Test
	void moreOnNodeBContinuesAnSmsAnswerBegunOnNodeA() {
		String first = null;
		for (String message : new String[] { "What is embolization?", "1", "tell me more" }) {
			first = text(a, message);
			if (first.contains(SignedWebhooks.restPrompt())) {
				break;
			}
		}
		assertThat(first).as("an answer long enough to need MORE").contains(SignedWebhooks.restPrompt());
		List<String> queued = state(this.phone).pending().parts();
		assertThat(queued).isNotEmpty();

		String next = text(b, "MORE");

		assertThat(next).startsWith(queued.get(0));
		assertThat(state(this.phone).pending().parts()).hasSize(queued.size() - 1);
	}

	@Test
	void theSameMessageSidPostedToNodeAThenNodeBIsProcessedOnce() {
		Map<String, String> params = SignedWebhooks.params(sid(), this.phone, "What is embolization?");

		String onA = SignedWebhooks.twiml(SignedWebhooks.post(a.client(), TOKEN, PUBLIC_URL, params));
		String onB = SignedWebhooks.twiml(SignedWebhooks.post(b.client(), TOKEN, PUBLIC_URL, params));

		assertThat(SignedWebhooks.message(onA)).isPresent();
		assertThat(onB).isEqualTo(onA);
		assertThat(state(this.phone).turns()).isEqualTo(1);
	}

	@Test
	void rateLimitsCountAcrossBothNodes() {
		String session = "two-nodes-limit-" + ids.incrementAndGet();
		for (int i = 0; i < SESSION_LIMIT; i++) {
			(((i % 2) == 0) ? a : b).chat(session, "What is ablation?").expectStatus().isOk();
		}

		a.chat(session, "What is ablation?").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		b.chat(session, "What is ablation?").expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void aStopOnNodeASilencesNodeBEvenAfterBothRestart() {
		assertThat(reply(b, "What is ablation?")).isPresent();

		assertThat(reply(a, "STOP")).isEmpty();

		assertThat(reply(b, "What is ablation?")).isEmpty();
		a.close();
		b.close();
		a = start("a");
		b = start("b");
		assertThat(reply(b, "What is ablation?")).isEmpty();
		assertThat(reply(a, "What is ablation?")).isEmpty();
		assertThat(reply(a, "HELP")).isPresent();
	}

	private Map<?, ?> say(ApplicationNode node, String session, String message) {
		Map<?, ?> reply = node.chat(session, message)
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		assertThat(reply).isNotNull();
		return reply;
	}

	private String text(ApplicationNode node, String body) {
		return reply(node, body).orElseThrow(() -> new AssertionError("no reply to a message"));
	}

	private Optional<String> reply(ApplicationNode node, String body) {
		Map<String, String> params = SignedWebhooks.params(sid(), this.phone, body);
		return SignedWebhooks
			.message(SignedWebhooks.twiml(SignedWebhooks.post(node.client(), TOKEN, PUBLIC_URL, params)));
	}

	/** The conversation as Redis holds it, under the phone's hash. */
	private static ConversationState state(String phone) {
		String sessionKey = a.bean(IdentifierHasher.class).hash("sms", phone);
		String json = connection.state().template().opsForValue().get("assistant:conversation:" + sessionKey).block();
		assertThat(json).as("conversation in Redis").isNotNull().doesNotContain(phone.substring(1));
		return JsonMapper.builder().build().readValue(json, ConversationState.class);
	}

	private static String sid() {
		return String.format("SM%032x", 0x7000 + ids.incrementAndGet());
	}

}
