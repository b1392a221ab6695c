package com.livermets.assistant.observability;

import java.util.List;
import java.util.UUID;

import com.livermets.assistant.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends distinctive text and a phone number through every web path that can log (answers,
 * refusals, malformed JSON, oversized bodies) and proves none of it reaches the log,
 * while the audit event does.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyIntegrationTests extends AbstractIntegrationTests {

	private static final String PHONE = "+1 415 555 0199";

	private final JsonMapper json = JsonMapper.builder().build();

	private void post(String body) {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.value((status) -> assertThat(status).isLessThan(500));
	}

	@Test
	void noMessageTextOrPhoneNumberReachesTheLogs(CapturedOutput output) {
		String marker = "Pangolin" + UUID.randomUUID().toString().replace("-", "");
		String session = "privacy-" + marker;
		post("{\"sessionId\":\"" + session + "\",\"message\":\"what are liver mets " + marker + " call me on " + PHONE
				+ "\"}");
		post("{\"sessionId\":\"" + session + "\",\"message\":\"i feel awful " + marker + " 4155550199\"}");
		post("{\"sessionId\":\"14155550199\",\"message\":\"" + marker + "\"}");
		post("{\"message\":\"" + marker + " unterminated");
		post("{\"message\":" + marker + "}");
		post("{\"message\":\"" + marker + "x".repeat(2000) + "\"}");
		post("{\"message\":\"" + marker + "x".repeat(70 * 1024) + "\"}");
		post("{\"sessionId\":\"<" + marker + ">\",\"message\":\"hi\"}");

		List<JsonNode> audit = output.getOut()
			.lines()
			.filter((line) -> line.startsWith("{") && line.contains("\"logger\":\"audit\""))
			.map(this.json::readTree)
			.toList();
		// The capture works: the audit events of the answered turns are there, keyed by a
		// hash.
		assertThat(audit).hasSizeGreaterThanOrEqualTo(3);
		for (JsonNode event : audit) {
			assertThat(event.path("session").asString()).matches("web-[0-9a-f]{32}");
			assertThat(event.path("channel").asString()).isEqualTo("web");
			assertThat(event.path("intent").asString()).isNotBlank();
			assertThat(event.path("triage").asString()).isNotBlank();
			assertThat(event.path("latencyMicros").isNumber()).isTrue();
		}
		String all = output.getAll();
		assertThat(all).doesNotContain(marker)
			.doesNotContain("415 555 0199")
			.doesNotContain("4155550199")
			.doesNotContain("555 0199")
			.doesNotContain("liver mets")
			.doesNotContain(session);
	}

}
