package com.livermets.assistant.reactive;

import java.util.Map;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.channel.sms.SmsHostileCases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs turns on every channel with BlockHound watching the server's event-loop threads: a
 * blocking call there (disk, locks, sleeps) fails the request with a 500, so this test
 * fails. It runs in its own JVM (tag {@code blockhound}) because BlockHound instruments
 * the whole JVM for good. SMS requests are signed, so the signature check runs under
 * BlockHound too.
 */
@Tag("blockhound")
class NonBlockingIntegrationTests extends AbstractIntegrationTests {

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
				.expectStatus()
				.isOk();
		}
	}

	@Test
	void webTurnWithoutSessionIdNeverBlocksTheEventLoop() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "what is ablation"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void smsTurnsNeverBlockTheEventLoop() {
		for (String body : new String[] { "what is embolization", "1", "MORE", "STOP", "START", "HELP" }) {
			assertThat(exchange(SmsHostileCases.message("+15550001111", body)).getStatus().value()).as(body)
				.isEqualTo(200);
		}
	}

	@Test
	void badInputNeverBlocksTheEventLoop() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"message\": ")
			.exchange()
			.expectStatus()
			.isBadRequest();
	}

}
