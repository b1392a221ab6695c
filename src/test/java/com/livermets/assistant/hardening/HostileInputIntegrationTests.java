package com.livermets.assistant.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.channel.portal.PortalHostileCases;
import com.livermets.assistant.channel.sms.SmsHostileCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input against the running server (real Netty, real codecs), on every channel:
 * nothing a client sends gets a 5xx, every web API error is a problem, every answer
 * carries the escalation message and none echoes the input's markup. A channel adds its
 * cases to {@link #cases()}.
 */
class HostileInputIntegrationTests extends AbstractIntegrationTests {

	private static final String ESCALATION = "If you have any concerns, contact your doctor.";

	/**
	 * Netty refuses an oversized header block before any Spring code runs, so it cannot
	 * write a problem body.
	 */
	private static final int HEADERS_TOO_LARGE = 431;

	private static final int LONGEST_ECHO = 90;

	private final JsonMapper json = JsonMapper.builder().build();

	static Stream<HostileCase> cases() {
		// Each channel adds its list here as it lands.
		return Stream.of(WebHostileCases.cases(), SmsHostileCases.cases(), PortalHostileCases.cases())
			.flatMap(List::stream);
	}

	@Test
	void theSuiteIsBigEnoughToMeanSomething() {
		assertThat(cases().count()).isGreaterThanOrEqualTo(50);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void hostileInputNeverGetsA5xxNorEchoesMarkup(HostileCase hostile) {
		EntityExchangeResult<byte[]> result = exchange(hostile);
		int status = result.getStatus().value();
		String body = (result.getResponseBody() != null) ? new String(result.getResponseBody(), StandardCharsets.UTF_8)
				: "";
		assertThat(status).as("status").isLessThan(500);
		if (hostile.expectedStatus() != HostileCase.ANY_CLIENT_ERROR_OR_OK) {
			assertThat(status).as("status").isEqualTo(hostile.expectedStatus());
		}
		boolean fhir = hostile.path().startsWith("/fhir/");
		// A FHIR reply contains the patient's own message as a plain-text resource it
		// answers; the reply is the rest.
		String reply = (fhir && status == 200) ? withoutContained(body) : body;
		for (String echo : hostile.echoes()) {
			assertThat(reply).as("response echoes the input").doesNotContain(echo);
		}
		if (status >= 400) {
			assertNoLongEcho(hostile, body);
		}
		boolean sms = hostile.path().startsWith("/sms/");
		if (status == 200) {
			if (sms) {
				assertTwiml(result, body);
			}
			else if (fhir) {
				assertFhir(result, body, "Communication");
				assertThat(body).contains(ESCALATION);
			}
			else {
				assertAnswer(result, body);
			}
		}
		else if (fhir) {
			// FHIR clients get their own error format, even for errors raised before the
			// portal's handler.
			assertFhir(result, body, "OperationOutcome");
		}
		else if (status == 413 || (!sms && status != HEADERS_TOO_LARGE)) {
			// The body limit is shared by every path and answers with a problem before
			// any channel runs.
			assertProblem(result, body, status);
		}
		// SMS webhook refusals are bare statuses for the provider, who never shows them
		// to anyone.
	}

	/**
	 * An error detail may quote at most a short excerpt of the input (InputExcerpt keeps
	 * 40 characters): no run of {@value #LONGEST_ECHO} characters of the request body or
	 * of a header value comes back. Windows of half that length, taken every half length,
	 * find any longer run.
	 */
	private static void assertNoLongEcho(HostileCase hostile, String response) {
		StringBuilder sent = new StringBuilder();
		hostile.headers().values().forEach((value) -> sent.append(value).append('\n'));
		if (hostile.body() != null && hostile.body().length <= 64 * 1024) {
			sent.append(new String(hostile.body(), StandardCharsets.UTF_8));
		}
		int window = LONGEST_ECHO / 2;
		for (int start = 0; start + window <= sent.length(); start += window) {
			String run = sent.substring(start, start + window);
			assertThat(response).as("response repeats a long run of the input").doesNotContain(run);
		}
	}

	private String withoutContained(String body) {
		JsonNode resource = this.json.readTree(body);
		((tools.jackson.databind.node.ObjectNode) resource).remove("contained");
		return resource.toString();
	}

	private void assertFhir(EntityExchangeResult<byte[]> result, String body, String resourceType) {
		assertThat(result.getResponseHeaders().getContentType()).isNotNull();
		assertThat(result.getResponseHeaders().getContentType().getSubtype()).isEqualTo("fhir+json");
		assertThat(this.json.readTree(body).path("resourceType").asString()).isEqualTo(resourceType);
	}

	private static void assertTwiml(EntityExchangeResult<byte[]> result, String body) {
		assertThat(result.getResponseHeaders().getContentType()).isNotNull();
		assertThat(result.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_XML)).isTrue();
		assertThat(body).startsWith("<?xml").contains("<Response>").contains(ESCALATION);
		assertThat(body.replaceAll("</?(Response|Message)>", "").replaceFirst("<\\?xml[^>]*\\?>", ""))
			.as("no markup besides the TwiML itself")
			.doesNotContain("<", ">");
	}

	/**
	 * Hostile formatting must not hide an emergency from the safety layer, which runs on
	 * normalized text.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "i am throwing up b\u200Blood", "<b>i am throwing up blood</b>",
			"\u202Ei am throwing up blood\u202C", "ｉ ａｍ ｔｈｒｏｗｉｎｇ ｕｐ ｂｌｏｏｄ", "I AM THROWING UP BLOOD!!!\u0000" })
	void obfuscationDoesNotHideAnEmergency(String message) {
		EntityExchangeResult<byte[]> result = exchange(HostileCase.message("emergency " + message, message, 200));
		assertThat(result.getStatus().value()).isEqualTo(200);
		JsonNode reply = this.json.readTree(new String(result.getResponseBody(), StandardCharsets.UTF_8));
		assertThat(reply.path("triage").asString()).isEqualTo("emergency");
		assertThat(reply.path("escalation").asString()).isEqualTo(ESCALATION);
	}

	private void assertAnswer(EntityExchangeResult<byte[]> result, String body) {
		assertThat(result.getResponseHeaders().getContentType()).isNotNull();
		assertThat(result.getResponseHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
		JsonNode reply = this.json.readTree(body);
		assertThat(reply.path("escalation").asString()).isEqualTo(ESCALATION);
		assertThat(reply.path("reply").asString()).isNotBlank().doesNotContain("<", ">");
	}

	private void assertProblem(EntityExchangeResult<byte[]> result, String body, int status) {
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = this.json.readTree(body);
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("detail").asString()).isNotBlank().doesNotContain("Exception", "tools.jackson");
	}

}
