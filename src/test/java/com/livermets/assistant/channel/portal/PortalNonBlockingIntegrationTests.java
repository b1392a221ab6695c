package com.livermets.assistant.channel.portal;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import ca.uhn.fhir.context.FhirContext;
import com.livermets.assistant.AbstractIntegrationTests;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;

import org.springframework.http.MediaType;

/**
 * Portal turns (token check, FHIR parsing, the pipeline, FHIR encoding) with BlockHound
 * watching the event loop; see {@code reactive.NonBlockingIntegrationTests} for the web
 * and SMS channels.
 */
@Tag("blockhound")
class PortalNonBlockingIntegrationTests extends AbstractIntegrationTests {

	private static final TestTokens tokens = TestTokens.TRUSTED;

	private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	@BeforeAll
	static void installBlockHound() {
		BlockHound.install();
	}

	@Test
	void portalTurnsNeverBlockTheEventLoop() {
		for (String text : new String[] { "What is embolization?", "I'm vomiting blood", "thanks" }) {
			this.client.post()
				.uri("/fhir/Communication")
				.contentType(FHIR_JSON)
				.headers((headers) -> headers.setBearerAuth(tokens.token()))
				.bodyValue(message(text))
				.exchange()
				.expectStatus()
				.isOk();
		}
	}

	@Test
	void rejectedTokensNeverBlockTheEventLoop() {
		this.client.post()
			.uri("/fhir/Communication")
			.contentType(FHIR_JSON)
			.headers((headers) -> headers.setBearerAuth("not-a-jwt"))
			.bodyValue(message("hello"))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	private static byte[] message(String text) {
		Communication message = new Communication();
		message.setStatus(CommunicationStatus.COMPLETED);
		message.setSubject(new Reference("Patient/" + TestTokens.PATIENT));
		message.setSent(new Date());
		message.addPayload().setContent(new StringType(text));
		return FhirContext.forR4Cached()
			.newJsonParser()
			.encodeResourceToString(message)
			.getBytes(StandardCharsets.UTF_8);
	}

}
