package com.livermets.assistant.http;

import com.livermets.assistant.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers, problem responses for filter errors, and the actuator surface, on the
 * running server.
 */
class WebHardeningIntegrationTests extends AbstractIntegrationTests {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

	private WebTestClient.ResponseSpec chat(String body) {
		return this.client.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
	}

	@Test
	void answersCarryEverySecurityHeaderAndAreNeverCached() {
		chat("{\"sessionId\":\"headers-1\",\"message\":\"what are liver mets\"}").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("Content-Security-Policy", CSP)
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueEquals("Cache-Control", "no-store");
	}

	@Test
	void anErrorRaisedInAFilterIsAProblemWithTheSameHeaders() {
		String tooBig = "{\"message\":\"" + "x".repeat(70 * 1024) + "\"}";
		chat(tooBig).expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("Content-Security-Policy", CSP)
			.expectHeader()
			.valueEquals("Cache-Control", "no-store")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413)
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("65536 bytes"));
	}

	@Test
	void unknownPathsAreProblemsToo() {
		this.client.get()
			.uri("/no-such-page")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			// Not an API path: static pages may be cached.
			.expectHeader()
			.doesNotExist("Cache-Control");
	}

	@Test
	void wrongMethodAndMediaTypeAreProblemsNamingWhatIsAllowed() {
		this.client.get()
			.uri("/api/chat")
			.exchange()
			.expectStatus()
			.isEqualTo(405)
			.expectHeader()
			.valueEquals("Allow", "POST")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("hello")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void livenessAndReadinessProbesAreUp() {
		for (String probe : new String[] { "liveness", "readiness" }) {
			this.client.get()
				.uri("/actuator/health/" + probe)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
	}

	@Test
	void onlyHealthInfoAndPrometheusAreExposed() {
		for (String hidden : new String[] { "env", "beans", "configprops", "heapdump", "loggers", "metrics" }) {
			this.client.get().uri("/actuator/" + hidden).exchange().expectStatus().isNotFound();
		}
		this.client.get().uri("/actuator/info").exchange().expectStatus().isOk();
	}

	@Test
	void prometheusShowsTurnsByLabelAndCacheStatisticsButNoText() {
		String marker = "Quokka" + System.nanoTime();
		chat("{\"sessionId\":\"metrics-" + marker + "\",\"message\":\"what are liver mets " + marker + "\"}")
			.expectStatus()
			.isOk();
		chat("{\"sessionId\":\"metrics-2\",\"message\":\"zzqx plorb " + marker + "\"}").expectStatus().isOk();
		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(metrics).containsPattern(
				"assistant_turns_total\\{[^}]*channel=\"web\",intent=\"definition\",rule=\"none\",triage=\"none\"");
		assertThat(metrics).containsPattern("assistant_turns_fallback_total\\{[^}]*channel=\"web\"[^}]*\\} [1-9]");
		assertThat(metrics).contains("assistant_turns_fallback_ratio");
		assertThat(metrics).contains("assistant_turn_duration_seconds_bucket{");
		for (String cache : new String[] { "nlu-classifications", "conversation-sessions", "rate-limit-session" }) {
			assertThat(metrics).contains("cache_gets_total{cache=\"" + cache + "\"");
		}
		assertThat(metrics).doesNotContain(marker).doesNotContain("metrics-2");
	}

}
