package com.livermets.assistant.conversation;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One conversation through {@code POST /api/chat}: every turn uses the same session id,
 * as a widget would.
 */
final class Dialogue {

	static final String ESCALATION = "If you have any concerns, contact your doctor.";

	/** The fields of the reply the dialogues look at. */
	record Reply(String sessionId, String reply, String intent, double confidence, String triage, String escalation,
			List<Map<String, String>> sources, List<String> suggestions, Map<String, String> safety, String more) {
	}

	private final WebTestClient client;

	private final String sessionId;

	Dialogue(WebTestClient client, String sessionId) {
		this.client = client;
		this.sessionId = sessionId;
	}

	/**
	 * Sends one message; every reply, whatever it is, must carry the escalation message.
	 */
	Reply say(String message) {
		Reply reply = this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("sessionId", this.sessionId, "message", message))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Reply.class)
			.returnResult()
			.getResponseBody();
		assertThat(reply).isNotNull();
		assertThat(reply.sessionId()).isEqualTo(this.sessionId);
		assertThat(reply.escalation()).isEqualTo(ESCALATION);
		return reply;
	}

}
