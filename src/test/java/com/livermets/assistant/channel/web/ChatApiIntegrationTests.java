package com.livermets.assistant.channel.web;

import java.util.List;
import java.util.Map;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.content.Wordings;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;

/**
 * The {@code POST /api/chat} contract other channels and the outside evaluation rely on.
 */
class ChatApiIntegrationTests extends AbstractIntegrationTests {

	private static final String ESCALATION = "If you have any concerns, contact your doctor.";

	@Test
	void answersAContentQuestionWithItsSourceAndSuggestions() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("sessionId", "contract-1", "message", "What is the portal vein?"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody()
			.jsonPath("$.sessionId")
			.isEqualTo("contract-1")
			.jsonPath("$.intent")
			.isEqualTo("colorectal_risk")
			.jsonPath("$.reply")
			.value((String reply) -> assertThat(reply).containsIgnoringCase("portal vein"))
			.jsonPath("$.confidence")
			.value((Double confidence) -> assertThat(confidence).isBetween(0.0, 1.0))
			.jsonPath("$.triage")
			.isEqualTo("none")
			.jsonPath("$.escalation")
			.isEqualTo(ESCALATION)
			.jsonPath("$.sources[0].document")
			.isNotEmpty()
			.jsonPath("$.sources[*].passage")
			.value((List<String> passages) -> assertThat(passages)
				.anySatisfy((passage) -> assertThat(passage).contains("portal vein")))
			.jsonPath("$.suggestions.length()")
			.value((Integer n) -> assertThat(n).isBetween(1, 3));
	}

	@Test
	void issuesASessionIdWhenTheClientSentNone() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "hello"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sessionId")
			.value((String id) -> assertThat(id).hasSizeGreaterThan(10))
			.jsonPath("$.intent")
			.isEqualTo("greeting")
			.jsonPath("$.sources.length()")
			.isEqualTo(0)
			.jsonPath("$.escalation")
			.isEqualTo(ESCALATION);
	}

	@Test
	void refusesToGuessOnQuestionsOutsideItsTopic() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "Which team won the cricket world cup?"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.intent")
			.isEqualTo("fallback")
			.jsonPath("$.sources.length()")
			.isEqualTo(0)
			.jsonPath("$.reply")
			.value((String reply) -> assertThat(reply).contains("can't answer"))
			.jsonPath("$.escalation")
			.isEqualTo(ESCALATION);
	}

	@Test
	void missingMessageIsAProblem() {
		expectProblem("{\"sessionId\": \"x\"}", "'message' is required");
	}

	@Test
	void emptyMessageIsAProblem() {
		expectProblem("{\"message\": \"   \"}", "'message' must not be empty");
	}

	@Test
	void overLongMessageIsAProblem() {
		expectProblem("{\"message\": \"" + "a".repeat(1001) + "\"}", "'message' has 1001 characters; at most 1000");
	}

	/**
	 * The safety screen reads the whole message first: the crisis reply wins over "too
	 * long".
	 */
	@Test
	void overLongMessageWithACrisisInItGetsTheCrisisReply() {
		String story = "We have had a long week of scans and appointments and nobody tells us anything useful. ";
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", story.repeat(7) + "Honestly I want to kill myself. " + story.repeat(7)))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.triage")
			.isEqualTo("crisis")
			.jsonPath("$.sources.length()")
			.isEqualTo(0);
	}

	@Test
	void messageOfExactlyTheLimitIsAnswered() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "liver ".repeat(166) + "abcd"))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void malformedJsonIsAProblem() {
		expectProblem("{\"message\": \"hello\"", "not valid JSON");
	}

	@Test
	void emptyBodyIsAProblem() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains("missing"));
	}

	@Test
	void badSessionIdIsAProblem() {
		expectProblem("{\"sessionId\": \"<script>\", \"message\": \"hi\"}", "'sessionId' must be 1 to 100");
	}

	@Test
	void wrongContentTypeIsAProblem() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.TEXT_PLAIN)
			.bodyValue("what are liver mets")
			.exchange()
			.expectStatus()
			.isEqualTo(415)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(415)
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	private void expectProblem(String body, String detailPart) {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).contains(detailPart));
	}

	@Test
	void aFailureOfOurOwnIsA500WithTheContentsSentenceAndNoDetailOfTheFailure() {
		doReturn(Mono.error(new IllegalStateException("secret internals"))).when(this.chat).admit(any(), any());

		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("message", "What is the portal vein?"))
			.exchange()
			.expectStatus()
			.isEqualTo(500)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo(Wordings.defaults().text(Wording.Key.UNEXPECTED_ERROR))
			.jsonPath("$.detail")
			.value((String detail) -> assertThat(detail).doesNotContain("secret"));
	}

}
