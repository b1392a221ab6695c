package com.livermets.assistant.channel.sms;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * With the embedded defaults (no token, no URL) the service starts, and refuses every SMS
 * webhook call. The shared context configures SMS, so this class starts the service as a
 * newcomer does, with nothing set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class SmsNotConfiguredIntegrationTests {

	@Autowired
	WebTestClient client;

	@Test
	void everyWebhookCallIsRefusedWith403() {
		Map<String, String> params = Map.of("MessageSid", "SM0123", "From", "+15551230000", "Body", "hello");
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		params.forEach(form::add);

		for (String token : new String[] { "some-token", "another-token" }) {
			this.client.post()
				.uri("/sms/twilio")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.header(TwilioGateway.SIGNATURE_HEADER,
						TwilioRequests.sign(token, "http://localhost/sms/twilio", params))
				.body(BodyInserters.fromFormData(form))
				.exchange()
				.expectStatus()
				.isForbidden()
				.expectBody()
				.isEmpty();
		}
		this.client.post()
			.uri("/sms/twilio")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData(form))
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void aNonFormPostIsRefusedWith415() {
		this.client.post()
			.uri("/sms/twilio")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"Body\": \"hello\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(415);
	}

}
