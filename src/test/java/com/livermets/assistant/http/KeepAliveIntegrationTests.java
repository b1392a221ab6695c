package com.livermets.assistant.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.IntFunction;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.channel.portal.PortalHostileCases;
import com.livermets.assistant.channel.sms.SmsHostileCases;
import com.livermets.assistant.hardening.HostileCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Load balancers and meshes probe health over one reused connection. Each test sends
 * thousands of requests on a single keep-alive connection and fails on the first one not
 * answered within 5 s (issue 19: health probes went quiet after 3 to 297 requests while
 * every other endpoint kept answering).
 */
class KeepAliveIntegrationTests extends AbstractIntegrationTests {

	private static final int ANSWER_WITHIN_MILLIS = 5_000;

	private static final int ACTUATOR_REQUESTS = 10_000;

	private static final int SCRAPES = 1_000;

	private static final int TURNS = 200;

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
			"/actuator/info" })
	void actuatorEndpointsAnswerEveryRequestOnOneConnection(String path) throws IOException {
		loop(ACTUATOR_REQUESTS, (i) -> HostileCase.of(path, HttpMethod.GET, path, Map.of(), null, 200));
	}

	/**
	 * A scraper reads metrics every few seconds, not in a tight loop, and each scrape
	 * renders every meter: a thousand (the probes stalled within 297) keep the check
	 * without a minute of rendering.
	 */
	@Test
	void prometheusAnswersEveryScrapeOnOneConnection() throws IOException {
		loop(SCRAPES, (i) -> HostileCase.of("/actuator/prometheus", HttpMethod.GET, "/actuator/prometheus", Map.of(),
				null, 200));
	}

	@Test
	void chatTurnsOnOneConnection() throws IOException {
		// A session per turn: this is about the connection, not the per-conversation
		// limit.
		loop(TURNS, (i) -> HostileCase.of("chat", HttpMethod.POST, "/api/chat",
				Map.of("Content-Type", "application/json"),
				("{\"sessionId\":\"keep-alive-" + i + "\",\"message\":\"what are liver mets, question " + i + "\"}")
					.getBytes(StandardCharsets.UTF_8),
				200));
	}

	@Test
	void signedSmsWebhooksOnOneConnection() throws IOException {
		loop(TURNS, (i) -> SmsHostileCases.message("+1555710" + (1000 + i), "how is it treated, text " + i));
	}

	@Test
	void portalMessagesOnOneConnection() throws IOException {
		loop(TURNS, (i) -> PortalHostileCases.messageFrom("keep-alive-" + i, "what causes liver mets, message " + i));
	}

	@Test
	void everyEndpointInterleavedOnOneConnection() throws IOException {
		String[] probes = { "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/health", "/" };
		loop(2_000,
				(i) -> (i % 20 == 19)
						? HostileCase.of("chat", HttpMethod.POST, "/api/chat",
								Map.of("Content-Type", "application/json"),
								("{\"sessionId\":\"interleaved-" + i + "\",\"message\":\"what are liver mets " + i
										+ "\"}")
									.getBytes(StandardCharsets.UTF_8),
								200)
						: HostileCase.of("probe", HttpMethod.GET, probes[i % probes.length], Map.of(), null, 200));
	}

	private void loop(int count, IntFunction<HostileCase> requests) throws IOException {
		try (KeepAliveConnection connection = new KeepAliveConnection(this.port, ANSWER_WITHIN_MILLIS)) {
			for (int i = 0; i < count; i++) {
				HostileCase request = requests.apply(i);
				KeepAliveConnection.Answer answer;
				try {
					answer = connection.send(request.method().name(), request.path(), request.headers(),
							request.body());
				}
				catch (KeepAliveConnection.Stalled ex) {
					fail("Request " + (i + 1) + " of " + count + " on one keep-alive connection: " + ex.getMessage()
							+ " (" + i + " answered before it)");
					return;
				}
				assertThat(answer.status()).as("status of request %d, %s %s", i + 1, request.method(), request.path())
					.isEqualTo(request.expectedStatus());
				assertThat(answer.closes()).as("server closed the connection after request %d", i + 1).isFalse();
			}
		}
	}

}
