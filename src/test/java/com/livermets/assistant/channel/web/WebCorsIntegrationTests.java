package com.livermets.assistant.channel.web;

import com.livermets.assistant.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Only allow-listed sites may call the chat API from their pages; the rest get no CORS
 * headers. The shared context allows {@link #HOSPITAL_ORIGINS}.
 */
class WebCorsIntegrationTests extends AbstractIntegrationTests {

	private static final String ALLOWED = "https://patients.hospital.example:8443";

	private static final String OTHER = "https://tracker.example";

	@Test
	void allowListedOriginPassesThePreflight() {
		preflight(ALLOWED).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST")
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
	}

	@Test
	void otherOriginFailsThePreflight() {
		preflight(OTHER).expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void allowListedOriginCanReadTheAnswerAndRetryAfter() {
		chat(ALLOWED).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After")
			.expectBody()
			.jsonPath("$.reply")
			.isNotEmpty();
	}

	@Test
	void otherOriginIsRefusedWithoutCorsHeaders() {
		chat(OTHER).expectStatus().isForbidden().expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void allowListedOriginCanReadAProblem() {
		this.client.post()
			.uri("/api/chat")
			.header(HttpHeaders.ORIGIN, ALLOWED)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"message\": \"\"}")
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED);
	}

	@Test
	void sameOriginRequestsNeedNoAllowList() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"message\": \"what are liver metastases\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	private WebTestClient.ResponseSpec preflight(String origin) {
		return this.client.options()
			.uri("/api/chat")
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
			.exchange();
	}

	private WebTestClient.ResponseSpec chat(String origin) {
		return this.client.post()
			.uri("/api/chat")
			.header(HttpHeaders.ORIGIN, origin)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"message\": \"what are liver metastases\"}")
			.exchange();
	}

}
