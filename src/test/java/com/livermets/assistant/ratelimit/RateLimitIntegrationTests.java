package com.livermets.assistant.ratelimit;

import java.nio.charset.StandardCharsets;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.channel.portal.PortalHostileCases;
import com.livermets.assistant.channel.sms.SmsHostileCases;
import com.livermets.assistant.hardening.HostileCase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web API's limits end to end. Hour-long windows refill one message every 20 minutes
 * or more, so the counts below hold however slow the machine is. Limits this low would
 * throttle the other integration tests, so this class has a context of its own: the
 * shared one with these limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.rate-limit.per-session.limit=3", "assistant.rate-limit.per-session.window=1h",
				"assistant.rate-limit.per-client.limit=4", "assistant.rate-limit.per-client.window=1h",
				"assistant.rate-limit.per-phone.limit=2", "assistant.rate-limit.per-phone.window=1h",
				"assistant.rate-limit.trusted-proxies=127.0.0.1", "assistant.sms.auth-token=" + SmsHostileCases.TOKEN,
				"assistant.sms.public-url=" + SmsHostileCases.PUBLIC_URL })
class RateLimitIntegrationTests extends AbstractIntegrationTests {

	private WebTestClient.ResponseSpec chat(String sessionId, String forwardedFor) {
		return chat(sessionId, forwardedFor, "what are liver mets");
	}

	private WebTestClient.ResponseSpec chat(String sessionId, String forwardedFor, String message) {
		return this.client.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).headers((headers) -> {
			if (forwardedFor != null) {
				headers.set("X-Forwarded-For", forwardedFor);
			}
		}).bodyValue("{\"sessionId\":\"" + sessionId + "\",\"message\":\"" + message + "\"}").exchange();
	}

	@Test
	void aConversationOverItsLimitGets429WithRetryAfter() {
		for (int i = 0; i < 3; i++) {
			chat("busy-session", null).expectStatus().isOk();
		}
		chat("busy-session", null).expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.value("Retry-After", (seconds) -> assertThat(Long.parseLong(seconds)).isBetween(1L, 1200L))
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.limit")
			.isEqualTo("session")
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).startsWith("Too many messages in a short time. Please wait ")
				.endsWith(" and try again. If you have any concerns, contact your doctor."))
			.jsonPath("$.escalation")
			.isEqualTo("If you have any concerns, contact your doctor.");
		// Another conversation is not affected.
		chat("calm-session", null).expectStatus().isOk();
	}

	@Test
	void aClientBehindTheTrustedProxyIsLimitedByItsForwardedAddress() {
		for (int i = 0; i < 4; i++) {
			chat("client-a-" + i, "203.0.113.10").expectStatus().isOk();
		}
		chat("client-a-4", "203.0.113.10").expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.exists("Retry-After")
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.limit")
			.isEqualTo("client");
		chat("client-b-0", "203.0.113.11").expectStatus().isOk();
	}

	@Test
	void aPhoneOverItsLimitGetsOnePoliteTextThenSilence() {
		String phone = "+15554440001";
		for (int i = 0; i < 2; i++) {
			assertThat(twiml(SmsHostileCases.message(phone, "what are liver mets"))).contains("Liver metastases");
		}
		assertThat(twiml(SmsHostileCases.message(phone, "what are liver mets")))
			.contains("You are sending messages faster than I can answer")
			.contains("If you have any concerns, contact your doctor.");
		assertThat(twiml(SmsHostileCases.message(phone, "what are liver mets"))).doesNotContain("<Message>");
		assertThat(twiml(SmsHostileCases.message("+15554440002", "what are liver mets"))).contains("Liver metastases");
	}

	/**
	 * Safety comes before every limit (hazard H24): a conversation, a client address, a
	 * phone or a patient over its limit still gets the crisis reply.
	 */
	@Test
	void aCrisisMessageOverTheConversationLimitGetsTheCrisisReplyOnTheWeb() {
		for (int i = 0; i < 3; i++) {
			chat("crisis-session", null).expectStatus().isOk();
		}
		chat("crisis-session", null).expectStatus().isEqualTo(429);
		crisis("crisis-session", null).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.triage")
			.isEqualTo("crisis")
			.jsonPath("$.reply")
			.value((reply) -> assertThat((String) reply).contains("988"));
		chat("crisis-session", null).expectStatus().isEqualTo(429);
	}

	@Test
	void aCrisisMessageOverTheClientLimitIsStillReadUntilAFloodIsRefusedUnread() {
		String client = "203.0.113.20";
		for (int i = 0; i < 4; i++) {
			chat("flood-" + i, client).expectStatus().isOk();
		}
		chat("flood-4", client).expectStatus().isEqualTo(429).expectBody().jsonPath("$.limit").isEqualTo("client");
		crisis("flood-5", client).expectStatus().isOk().expectBody().jsonPath("$.triage").isEqualTo("crisis");
		// The second allowance (as large as the limit) is spent by messages read while
		// over the limit: 4 so far.
		chat("flood-6", client).expectStatus().isEqualTo(429);
		chat("flood-7", client).expectStatus().isEqualTo(429);
		// Beyond it the filter refuses without reading, whatever the body says.
		crisis("flood-8", client).expectStatus().isEqualTo(429);
	}

	@Test
	void aCrisisTextOverThePhoneLimitGetsTheCrisisReply() {
		String phone = "+15554440009";
		for (int i = 0; i < 3; i++) {
			twiml(SmsHostileCases.message(phone, "what are liver mets"));
		}
		assertThat(twiml(SmsHostileCases.message(phone, "what are liver mets"))).doesNotContain("<Message>");
		assertThat(twiml(SmsHostileCases.message(phone, CRISIS))).contains("988");
	}

	@Test
	void aCrisisMessageOverThePatientLimitGetsTheCrisisReplyInThePortal() {
		int status = 200;
		for (int i = 0; i < 10 && status != 429; i++) {
			status = exchange(PortalHostileCases.message("what are liver mets")).getStatus().value();
		}
		assertThat(status).isEqualTo(429);
		EntityExchangeResult<byte[]> crisis = exchange(PortalHostileCases.message(CRISIS));
		assertThat(crisis.getStatus().value()).isEqualTo(200);
		assertThat(new String(crisis.getResponseBody(), StandardCharsets.UTF_8)).contains("\"crisis\"").contains("988");
	}

	private static final String CRISIS = "I don't want to be here anymore, I have been thinking of ending it";

	private WebTestClient.ResponseSpec crisis(String sessionId, String forwardedFor) {
		return chat(sessionId, forwardedFor, CRISIS);
	}

	private String twiml(HostileCase sms) {
		EntityExchangeResult<byte[]> result = exchange(sms);
		assertThat(result.getStatus().value()).isEqualTo(200);
		return new String(result.getResponseBody(), StandardCharsets.UTF_8);
	}

	@Test
	void aPortalPatientOverTheLimitGets429AsAnOperationOutcome() {
		// One test patient for the whole class: another test may have spent part of the
		// limit already.
		EntityExchangeResult<byte[]> refused = exchange(PortalHostileCases.message("what are liver mets"));
		for (int i = 0; i < 3 && refused.getStatus().value() == 200; i++) {
			refused = exchange(PortalHostileCases.message("what are liver mets"));
		}
		assertThat(refused.getStatus().value()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 1200L);
		assertThat(new String(refused.getResponseBody(), StandardCharsets.UTF_8)).contains("\"OperationOutcome\"")
			.contains("throttled");
	}

}
