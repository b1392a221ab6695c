package com.livermets.assistant.channel.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.chat.Channel;
import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ChatTurn;
import com.livermets.assistant.chat.ReplyKind;
import com.livermets.assistant.chat.TurnOutcome;
import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.SourcePassage;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.safety.Triage;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Communication.CommunicationPriority;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Acts as a real patient portal: builds Communications and parses replies with HAPI FHIR,
 * and signs its tokens with its own RSA key, whose public key the service reads from
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, so every token
 * goes through the production decoder and validators.
 */
class PortalChannelIntegrationTests extends AbstractIntegrationTests {

	private static final TestTokens tokens = TestTokens.TRUSTED;

	/** The portal's own FHIR context, separate from the service's. */
	private static final FhirContext portalFhir = FhirContext.forR4Cached();

	private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

	private static final String ESCALATION = "If you have any concerns, contact your doctor.";

	@Autowired
	private Content content;

	@Autowired
	private IdentifierHasher hasher;

	@Autowired
	private Wording wording;

	@Test
	void answersAPatientsQuestionThroughTheRealPipeline() {
		String question = "What are liver metastases?";
		Instant before = Instant.now().minusSeconds(1);

		Communication reply = post(tokens.token(), message(question), HttpStatus.OK, Communication.class);

		ChatReply expected = this.chat.reply(new ChatTurn(Channel.WEB, "comparison-session", question)).block();
		assertThat(reply.getStatus()).isEqualTo(CommunicationStatus.COMPLETED);
		assertThat(reply.getPriority()).isEqualTo(CommunicationPriority.ROUTINE);
		assertThat(reply.getIdElement().getIdPart()).isNotBlank();
		assertThat(reply.getPayload()).extracting((payload) -> payload.getContentStringType().getValue())
			.containsExactly(expected.text(), ESCALATION);
		assertThat(reply.getTopic().getCodingFirstRep().getSystem()).isEqualTo(AssistantCodes.INTENT_SYSTEM);
		assertThat(reply.getTopic().getCodingFirstRep().getCode()).isEqualTo(expected.intent())
			.isNotEqualTo(ReplyKind.FALLBACK.label());
		assertThat(reply.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("none");
		assertThat(reply.getExtensionsByUrl(AssistantCodes.SOURCE_EXTENSION)).hasSameSizeAs(expected.sources())
			.isNotEmpty();
		assertThat(reply.getExtensionsByUrl(AssistantCodes.SUGGESTION_EXTENSION))
			.extracting((extension) -> extension.getValue().primitiveValue())
			.containsExactlyElementsOf(expected.suggestions());
		assertThat(reply.getRecipientFirstRep().getReference()).isEqualTo("Patient/" + TestTokens.PATIENT);
		assertThat(reply.getSubject().getReference()).isEqualTo("Patient/" + TestTokens.PATIENT);
		Reference inResponseTo = reply.getInResponseToFirstRep();
		assertThat(inResponseTo.getReference()).isEqualTo("Communication/msg-1");
		assertThat(inResponseTo.getIdentifier().getValue()).isEqualTo("m-0001");
		assertThat(reply.getSent().toInstant()).isBetween(before, Instant.now().plusSeconds(1));
		Device sender = (Device) reply.getSender().getResource();
		assertThat(sender.getDeviceNameFirstRep().getName()).isEqualTo(this.wording.text(Wording.Key.SENDER_NAME))
			.isEqualTo("Liver metastases information assistant");
	}

	@Test
	void aTwoPartQuestionGetsBothAnswersInOnePayloadWithBothSetsOfSources() {
		Communication reply = post(tokens.token(), message("What are liver metastases, and what does the liver do?"),
				HttpStatus.OK, Communication.class);

		Response definition = this.content.response("definition");
		Response functions = this.content.response("liver_functions");
		assertThat(reply.getPayload()).extracting((payload) -> payload.getContentStringType().getValue())
			.containsExactly(definition.shortText() + "\n\n" + functions.shortText(), ESCALATION);
		assertThat(reply.getExtensionsByUrl(AssistantCodes.SOURCE_EXTENSION))
			.hasSize(definition.sources().size() + functions.sources().size());
	}

	@Test
	void sendsTheTurnToThePipelineUnderAHashOfThePatientId() {
		post(tokens.token(), message("What are liver metastases?"), HttpStatus.OK, Communication.class);

		ArgumentCaptor<ChatTurn> turn = ArgumentCaptor.forClass(ChatTurn.class);
		verify(this.chat).admit(turn.capture(), any());
		assertThat(turn.getValue().channel()).isEqualTo(Channel.PORTAL);
		assertThat(turn.getValue().sessionKey()).isEqualTo(this.hasher.hash("portal", TestTokens.PATIENT))
			.doesNotContain(TestTokens.PATIENT);
		assertThat(turn.getValue().message()).isEqualTo("What are liver metastases?");
	}

	@Test
	void marksAnEmergencyReplyStat() {
		// Through the real safety layer: the same text on the web gets the same emergency
		// reply.
		Communication reply = post(tokens.token(), message("I'm vomiting blood"), HttpStatus.OK, Communication.class);

		ChatReply expected = this.chat.reply(new ChatTurn(Channel.WEB, "emergency-comparison", "I'm vomiting blood"))
			.block();
		assertThat(expected.triage()).isEqualTo(Triage.EMERGENCY);
		assertThat(reply.getPriority()).isEqualTo(CommunicationPriority.STAT);
		assertThat(reply.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("emergency");
		assertThat(reply.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo(expected.safetyRule());
		assertThat(reply.getPayload()).extracting((payload) -> payload.getContentStringType().getValue())
			.containsExactly(expected.text(), ESCALATION);
	}

	@Test
	void marksACrisisReplyUrgent() {
		Communication reply = post(tokens.token(), message("I want to end it all"), HttpStatus.OK, Communication.class);

		assertThat(reply.getPriority()).isEqualTo(CommunicationPriority.URGENT);
		assertThat(reply.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("crisis");
	}

	@Test
	void carriesSourcesAndTheLongerAnswer() {
		stubReply(new ChatReply(ReplyKind.ANSWER, "definition", 0.91, Triage.NONE, "Short answer.", "Longer answer.",
				ESCALATION, List.of(new SourcePassage("Source page", "A verbatim passage.")), List.of("Next question?"),
				null));

		Communication reply = post(tokens.token(), message("what r liver mets"), HttpStatus.OK, Communication.class);

		Extension source = reply.getExtensionByUrl(AssistantCodes.SOURCE_EXTENSION);
		assertThat(source.getExtensionString("document")).isEqualTo("Source page");
		assertThat(source.getExtensionString("passage")).isEqualTo("A verbatim passage.");
		assertThat(reply.getExtensionString(AssistantCodes.MORE_EXTENSION)).isEqualTo("Longer answer.");
		assertThat(reply.getExtensionByUrl(AssistantCodes.CONFIDENCE_EXTENSION).getValue().primitiveValue())
			.isEqualTo("0.910");
		assertThat(reply.getReasonCode()).isEmpty();
	}

	@Test
	void repliesToAMessageWithoutIdByContainingIt() {
		Communication message = message("What are liver metastases?");
		message.setIdElement(null);
		message.getIdentifier().clear();

		Communication reply = post(tokens.token(), message, HttpStatus.OK, Communication.class);

		Reference inResponseTo = reply.getInResponseToFirstRep();
		assertThat(inResponseTo.getReference()).isEqualTo("#" + ReplyCommunication.INCOMING_COPY_ID);
		Communication copy = (Communication) inResponseTo.getResource();
		assertThat(copy.getPayloadFirstRep().getContentStringType().getValue()).isEqualTo("What are liver metastases?");
	}

	@Test
	void acceptsPlainJsonAndASmartV1Scope() {
		String token = tokens.token((claims) -> claims.claim("scope", "launch/patient patient/Communication.write"));

		send(token, MediaType.APPLICATION_JSON, encode(message("What are liver metastases?"))).expectStatus().isOk();
	}

	@Test
	void refusesARequestWithoutTokenWithABearerChallenge() {
		OperationOutcome outcome = expectOutcome(send(null, FHIR_JSON, encode(message("hello"))).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));

		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.LOGIN);
	}

	@Test
	void refusesAnExpiredToken() {
		expectInvalidToken(expiredToken());
	}

	@Test
	void refusesATokenForAnotherAudience() {
		expectInvalidToken(tokens.token((claims) -> claims.audience("https://other-server.test/fhir")));
	}

	@Test
	void refusesATokenFromAnotherIssuer() {
		expectInvalidToken(tokens.token((claims) -> claims.issuer("https://evil.test")));
	}

	@Test
	void refusesATokenWithoutExpiry() {
		expectInvalidToken(tokens.token((claims) -> claims.expirationTime(null)));
	}

	@Test
	void refusesATokenSignedWithAnotherKey() {
		expectInvalidToken(TestTokens.generate().token());
	}

	@Test
	void refusesATokenForAnotherPatient() {
		String token = tokens.token((claims) -> claims.claim("patient", "someone-else"));

		OperationOutcome outcome = post(token, message("hello"), HttpStatus.FORBIDDEN, OperationOutcome.class);

		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.FORBIDDEN);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).doesNotContain(TestTokens.PATIENT)
			.doesNotContain("someone-else");
		verify(this.chat, never()).admit(any(), any());
	}

	@Test
	void refusesATokenWithoutPatientContextEvenIfSubMatches() {
		String token = tokens.token((claims) -> claims.claim("patient", null).subject(TestTokens.PATIENT));

		post(token, message("hello"), HttpStatus.FORBIDDEN, OperationOutcome.class);
	}

	@ParameterizedTest
	@ValueSource(strings = { "launch/patient patient/Communication.r", "patient/Communication.rs",
			"user/Communication.c", "patient/Patient.c", "patient/Communication.c?category=reminder", "" })
	void refusesATokenWithoutTheCreateScope(String scope) {
		String token = tokens.token((claims) -> claims.claim("scope", scope));

		OperationOutcome outcome = expectOutcome(send(token, FHIR_JSON, encode(message("hello"))).expectStatus()
			.isForbidden()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge)
				.contains("error=\"insufficient_scope\"", "scope=\"patient/Communication.c\"")));

		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.FORBIDDEN);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{not json", "{\"resourceType\": \"Communication\", \"unknownElement\": 1}",
			"{\"resourceType\": \"Communication\", \"status\": \"shouting\"}", "[]", "" })
	void refusesAMalformedResource(String body) {
		OperationOutcome outcome = postRaw(tokens.token(), FHIR_JSON, body, HttpStatus.BAD_REQUEST);

		assertThat(outcome.getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
	}

	@Test
	void refusesAnotherResourceType() {
		Patient patient = new Patient();
		patient.addName().setFamily("Doe");

		OperationOutcome outcome = postRaw(tokens.token(), FHIR_JSON, encodeToString(patient), HttpStatus.BAD_REQUEST);

		assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("Communication", "Patient");
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/fhir+xml", "application/x-www-form-urlencoded",
			"application/fhir+json;charset=ISO-8859-1" })
	void refusesAnotherContentType(String contentType) {
		OperationOutcome outcome = postRaw(tokens.token(), MediaType.parseMediaType(contentType),
				encodeToString(message("hello")), HttpStatus.UNSUPPORTED_MEDIA_TYPE);

		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.NOTSUPPORTED);
	}

	@Test
	void refusesAMessageOverTheLengthLimit() {
		OperationOutcome outcome = post(tokens.token(), message("a".repeat(1001)), HttpStatus.UNPROCESSABLE_CONTENT,
				OperationOutcome.class);

		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.TOOLONG);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).contains("1001", "1000").doesNotContain("aaaa");
	}

	@Test
	void refusesAMessageWithoutText() {
		Communication noPayload = message("x");
		noPayload.getPayload().clear();
		Communication blank = message("   ");
		Communication attachment = message("x");
		attachment.getPayloadFirstRep().setContent(new Attachment().setContentType("text/plain").setUrl("http://x"));
		Communication twoPayloads = message("first");
		twoPayloads.addPayload().setContent(new StringType("second"));

		for (Communication message : List.of(noPayload, blank, attachment, twoPayloads)) {
			post(tokens.token(), message, HttpStatus.UNPROCESSABLE_CONTENT, OperationOutcome.class);
		}
		verify(this.chat, never()).admit(any(), any());
	}

	@Test
	void refusesAnOversizedBody() {
		OperationOutcome outcome = postRaw(tokens.token(), FHIR_JSON, "a".repeat(300_000),
				HttpStatus.CONTENT_TOO_LARGE);

		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.TOOLONG);
	}

	@Test
	void refusesASubjectThatIsNotAPatientReference() {
		Communication group = message("hello");
		group.setSubject(new Reference("Group/1"));
		Communication absolute = message("hello");
		absolute.setSubject(new Reference("https://elsewhere.test/fhir/Patient/" + TestTokens.PATIENT));
		Communication none = message("hello");
		none.setSubject(null);

		for (Communication message : List.of(group, absolute, none)) {
			post(tokens.token(), message, HttpStatus.UNPROCESSABLE_CONTENT, OperationOutcome.class);
		}
	}

	@Test
	void describesTheServerInMetadataWithoutAToken() {
		byte[] body = this.client.get()
			.uri("/fhir/metadata")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(FHIR_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();

		CapabilityStatement statement = parse(body, CapabilityStatement.class);
		assertThat(statement.getFhirVersion().toCode()).isEqualTo("4.0.1");
		assertThat(statement.getSoftware().getName()).isEqualTo(this.wording.text(Wording.Key.SENDER_NAME));
		assertThat(statement.getFormat()).extracting((format) -> format.getValue()).contains("json");
		CapabilityStatementRestComponent rest = statement.getRestFirstRep();
		assertThat(rest.getMode()).isEqualTo(CapabilityStatement.RestfulCapabilityMode.SERVER);
		assertThat(rest.getResourceFirstRep().getType()).isEqualTo("Communication");
		assertThat(rest.getResourceFirstRep().getInteractionFirstRep().getCode())
			.isEqualTo(CapabilityStatement.TypeRestfulInteraction.CREATE);
		assertThat(rest.getSecurity().getServiceFirstRep().getCodingFirstRep().getCode()).isEqualTo("SMART-on-FHIR");
		Extension oauth = rest.getSecurity().getExtensionByUrl(PortalCapabilities.OAUTH_URIS_EXTENSION);
		assertThat(oauth.getExtensionByUrl("authorize").getValue().primitiveValue())
			.isEqualTo("https://auth.portal.test/authorize");
		assertThat(oauth.getExtensionByUrl("token").getValue().primitiveValue())
			.isEqualTo("https://auth.portal.test/token");
	}

	@Test
	void servesMetadataEvenWithAnExpiredToken() {
		this.client.get()
			.uri("/fhir/metadata")
			.headers((headers) -> headers.setBearerAuth(expiredToken()))
			.exchange()
			.expectStatus()
			.isOk();
	}

	@Test
	void answersOtherFhirPathsWithAnOperationOutcome() {
		expectOutcome(this.client.get().uri("/fhir/Patient/1").exchange().expectStatus().isUnauthorized());
		expectOutcome(this.client.get()
			.uri("/fhir/Patient/1")
			.headers((headers) -> headers.setBearerAuth(tokens.token()))
			.exchange()
			.expectStatus()
			.isNotFound());
		expectOutcome(this.client.get()
			.uri("/fhir/Communication")
			.headers((headers) -> headers.setBearerAuth(tokens.token()))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.METHOD_NOT_ALLOWED)
			.expectHeader()
			.valueEquals(HttpHeaders.ALLOW, "POST"));
	}

	@Test
	void leavesTheOtherChannelsOpenAndTheirHeadersUntouched() {
		this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"message\": \"What are liver metastases?\"}")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.WWW_AUTHENTICATE)
			// Security headers come from the service's one header filter only; Spring
			// Security would add
			// "no-cache, no-store, max-age=0, must-revalidate", Pragma, Expires and
			// X-XSS-Protection.
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.doesNotExist(HttpHeaders.PRAGMA)
			.expectHeader()
			.doesNotExist(HttpHeaders.EXPIRES)
			.expectHeader()
			.doesNotExist("X-XSS-Protection")
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
		this.client.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

	/** Expired ten minutes ago: far beyond the clock skew. */
	private static String expiredToken() {
		Instant past = Instant.now().minusSeconds(600);
		return tokens
			.token((claims) -> claims.issueTime(Date.from(past.minusSeconds(300))).expirationTime(Date.from(past)));
	}

	private void stubReply(ChatReply reply) {
		doReturn(Mono.just(new TurnOutcome.Answered(reply))).when(this.chat).admit(any(), any());
	}

	private void expectInvalidToken(String token) {
		OperationOutcome outcome = expectOutcome(send(token, FHIR_JSON, encode(message("hello"))).expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					(challenge) -> assertThat(challenge).startsWith("Bearer ").contains("error=\"invalid_token\"")));
		assertThat(outcome.getIssueFirstRep().getCode()).isEqualTo(IssueType.LOGIN);
		verify(this.chat, never()).admit(any(), any());
	}

	private <T extends IBaseResource> T post(String token, Communication message, HttpStatus status, Class<T> type) {
		byte[] body = send(token, FHIR_JSON, encode(message)).expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(FHIR_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		return parse(body, type);
	}

	private WebTestClient.ResponseSpec send(String token, MediaType contentType, byte[] body) {
		return this.client.post().uri("/fhir/Communication").contentType(contentType).headers((headers) -> {
			if (token != null) {
				headers.setBearerAuth(token);
			}
		}).bodyValue(body).exchange();
	}

	private OperationOutcome postRaw(String token, MediaType contentType, String body, HttpStatus status) {
		return expectOutcome(
				send(token, contentType, body.getBytes(StandardCharsets.UTF_8)).expectStatus().isEqualTo(status));
	}

	private static OperationOutcome expectOutcome(WebTestClient.ResponseSpec response) {
		byte[] body = response.expectHeader()
			.contentTypeCompatibleWith(FHIR_JSON)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		OperationOutcome outcome = parse(body, OperationOutcome.class);
		assertThat(outcome.getIssueFirstRep().getDiagnostics()).isNotBlank();
		return outcome;
	}

	/** A portal's message: with id and business identifier, as most portals send it. */
	private static Communication message(String text) {
		Communication message = new Communication();
		message.setId("msg-1");
		message.addIdentifier().setSystem("https://portal.test/messages").setValue("m-0001");
		message.setStatus(CommunicationStatus.COMPLETED);
		message.setSubject(new Reference("Patient/" + TestTokens.PATIENT));
		message.setSent(new Date());
		message.addPayload().setContent(new StringType(text));
		return message;
	}

	private static byte[] encode(IBaseResource resource) {
		return encodeToString(resource).getBytes(StandardCharsets.UTF_8);
	}

	private static String encodeToString(IBaseResource resource) {
		return portalFhir.newJsonParser().encodeResourceToString(resource);
	}

	private static <T extends IBaseResource> T parse(byte[] body, Class<T> type) {
		assertThat(body).isNotNull();
		return portalFhir.newJsonParser().parseResource(type, new String(body, StandardCharsets.UTF_8));
	}

}
