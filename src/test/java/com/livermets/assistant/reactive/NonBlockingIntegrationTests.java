package com.livermets.assistant.reactive;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Runs turns on every channel with BlockHound watching the server's event-loop threads: a blocking call there
 * (disk, locks, sleeps) fails the request with a 500, so this test fails. It runs in its own JVM (tag
 * {@code blockhound}) because BlockHound instruments the whole JVM for good.
 */
@Tag("blockhound")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.sms.validate-signature=false" })
@AutoConfigureWebTestClient
class NonBlockingIntegrationTests {

	@Autowired
	private WebTestClient client;

	@BeforeAll
	static void installBlockHound() {
		BlockHound.install();
	}

	@Test
	void webTurnsNeverBlockTheEventLoop() {
		for (String message : new String[] { "what are liver mets", "I'm vomiting blood", "hello", "tell me more",
				"what is the capital of France" }) {
			this.client.post()
				.uri("/api/chat")
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("sessionId", "blockhound-web", "message", message))
				.exchange()
				.expectStatus().isOk();
		}
	}

	@Test
	void webTurnWithoutSessionIdNeverBlocksTheEventLoop() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "what is ablation"))
			.exchange()
			.expectStatus().isOk();
	}

	@Test
	void smsTurnsNeverBlockTheEventLoop() {
		int sid = 0;
		for (String body : new String[] { "what is embolization", "1", "MORE", "STOP", "START", "HELP" }) {
			this.client.post()
				.uri("/sms/twilio")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(BodyInserters.fromFormData("Body", body)
					.with("From", "+15550001111")
					.with("To", "+15550002222")
					.with("MessageSid", "SMblockhound" + (sid++)))
				.exchange()
				.expectStatus().isOk();
		}
	}

	@Test
	void badInputNeverBlocksTheEventLoop() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"message\": ")
			.exchange()
			.expectStatus().isBadRequest();
	}

}
