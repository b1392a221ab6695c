package com.livermets.assistant.channel.sms;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ChatTurn;
import com.livermets.assistant.chat.ReplyKind;
import com.livermets.assistant.chat.TurnOutcome;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.safety.Triage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The Twilio webhook end to end, over HTTP, with requests signed by Twilio's own helper
 * library for the public URL (which differs from the URL the test server listens on, as
 * behind a proxy) and replies parsed as XML.
 */
@ExtendWith(OutputCaptureExtension.class)
class TwilioWebhookIntegrationTests extends AbstractIntegrationTests {

	/** The shared context's SMS settings. */
	static final String TOKEN = SmsHostileCases.TOKEN;

	static final String PUBLIC_URL = SmsHostileCases.PUBLIC_URL;

	static final String ESCALATION = "If you have any concerns, contact your doctor.";

	private static final AtomicInteger messages = new AtomicInteger();

	private static final AtomicInteger phones = new AtomicInteger(1000);

	@Autowired
	IdentifierHasher hasher;

	@Autowired
	SmsProperties properties;

	@Autowired
	Wording wording;

	/** A fresh sender per test: follow-ups and the suppression list are per phone. */
	private final String phone = "+1555200" + phones.incrementAndGet();

	@Test
	void aQuestionGetsItsAnswerWithNumberedSuggestionsAndTheEscalation() {
		String reply = text("What are liver metastases?");

		assertThat(reply).startsWith("Liver metastases are cancerous tumors").contains(ESCALATION);
		assertThat(reply).containsPattern("\nReply 1 for [^\n]+\\?");
		assertThat(SmsLength.of(reply).segments()).isLessThanOrEqualTo(2);
		verify(this.chat).admit(eq(turn("What are liver metastases?")), any());
	}

	@Test
	void aNumberIsSentToThePipelineAsTheSuggestionItStandsFor() {
		String reply = text("What are liver metastases?");
		String first = reply.lines()
			.filter((line) -> line.startsWith("Reply 1 for "))
			.findFirst()
			.orElseThrow()
			.substring("Reply 1 for ".length());

		assertThat(text("1")).contains(ESCALATION);

		verify(this.chat).admit(eq(turn(first)), any());
		verify(this.chat, never()).admit(eq(turn("1")), any());
	}

	@Test
	void theReplyIsTwimlTextXml() {
		Map<String, String> params = params("hello");
		post(params, TwilioRequests.sign(TOKEN, PUBLIC_URL, params)).expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.TEXT_XML);
	}

	@Test
	void aBadSignatureIsRefusedWith403AndNoReply() {
		Map<String, String> params = params("What are liver metastases?");
		String signedForOtherBody = TwilioRequests.sign(TOKEN, PUBLIC_URL, params("something else"));
		String signedWithOtherToken = TwilioRequests.sign(TOKEN.toUpperCase(), PUBLIC_URL, params);
		String signedForLocalUrl = TwilioRequests.sign(TOKEN, "http://localhost/sms/twilio", params);

		for (String signature : List.of(signedForOtherBody, signedWithOtherToken, signedForLocalUrl, "bm90IGl0")) {
			post(params, signature).expectStatus().isForbidden().expectBody().isEmpty();
		}
		verify(this.chat, never()).admit(any(), any());
	}

	@Test
	void aMissingSignatureIsRefusedWith403AndNoReply() {
		post(params("What are liver metastases?"), null).expectStatus().isForbidden().expectBody().isEmpty();
		verify(this.chat, never()).admit(any(), any());
	}

	@Test
	void aFormWithoutMessageSidOrFromIsABadRequest() {
		Map<String, String> params = params("hello");
		params.remove("From");
		post(params, TwilioRequests.sign(TOKEN, PUBLIC_URL, params)).expectStatus().isBadRequest();
	}

	@Test
	void stopSilencesTheSenderUntilStart() {
		assertThat(reply(" Stop ")).isEmpty();
		assertThat(reply("What are liver metastases?")).isEmpty();
		// Carriers expect HELP to be answered always; it does not opt the sender back in.
		assertThat(text("HELP")).isEqualTo(this.wording.text(Wording.Key.SMS_HELP) + "\n" + ESCALATION);
		assertThat(reply("What are liver metastases?")).isEmpty();
		verify(this.chat, never()).admit(any(), any());

		assertThat(text("start")).isEqualTo(this.wording.text(Wording.Key.SMS_RESUMED) + "\n" + ESCALATION);
		assertThat(text("What are liver metastases?")).startsWith("Liver metastases are");
	}

	@Test
	void everyOptOutWordSilencesAndEveryOptInWordResumes() {
		for (String stop : List.of("STOP", "stopall", "UNSUBSCRIBE", "cancel", "End", "QUIT")) {
			assertThat(reply(stop)).as(stop).isEmpty();
			assertThat(reply("hello")).as("after " + stop).isEmpty();
			assertThat(text("YES")).contains(ESCALATION);
		}
		assertThat(reply("quit")).isEmpty();
		assertThat(text("unstop")).startsWith(this.wording.text(Wording.Key.SMS_RESUMED));
	}

	@Test
	void helpGetsTheFixedHelpTextWithTheEscalation() {
		assertThat(text("help")).isEqualTo(this.wording.text(Wording.Key.SMS_HELP) + "\n" + ESCALATION);
		verify(this.chat, never()).admit(any(), any());
	}

	@Test
	void aLongReplyWithNonGsmCharactersComesIn134CharacterMessagesThroughMore() {
		String answer = SmsComposerTests.words("肝转移 is “liver metastases” 😀 — explained at length.", 900);
		doReturn(Mono.just(new TurnOutcome.Answered(new ChatReply(ReplyKind.ANSWER, "definition", 0.9, Triage.NONE,
				answer, null, ESCALATION, List.of(), List.of(), null))))
			.when(this.chat)
			.admit(eq(turn("explain please")), any());

		List<String> parts = new ArrayList<>();
		String message = text("explain please");
		while (true) {
			assertThat(SmsLength.of(message).encoding()).isEqualTo(SmsLength.Encoding.UCS_2);
			assertThat(message.length()).isLessThanOrEqualTo(134);
			assertThat(SmsLength.of(message).segments()).isLessThanOrEqualTo(2);
			assertThat(message).contains(ESCALATION);
			parts.add(message.substring(0, message.indexOf("\n" + ESCALATION)));
			if (!message.endsWith(SmsComposer.REST_PROMPT)) {
				break;
			}
			message = text("MORE");
		}

		assertThat(parts).hasSizeGreaterThan(5);
		assertThat(String.join(" ", parts)).isEqualTo(Gsm7.normalize(answer));
		verify(this.chat, times(1)).admit(any(), any());
	}

	@Test
	void aRetriedMessageSidGetsTheSameReplyAndIsProcessedOnce() {
		Map<String, String> params = params("What are liver metastases?");
		String signature = TwilioRequests.sign(TOKEN, PUBLIC_URL, params);

		String first = body(params, signature);
		String retry = body(params, signature);

		assertThat(message(first)).hasValueSatisfying((text) -> assertThat(text).contains(ESCALATION));
		assertThat(retry).isEqualTo(first);
		verify(this.chat, times(1)).admit(any(), any());
	}

	@Test
	void thePhoneNumberIsNeitherLoggedNorStored(CapturedOutput output) throws Exception {
		text("What are liver metastases?");
		reply("STOP");
		Map<String, String> forged = params("hello");
		post(forged, "forged").expectStatus().isForbidden();

		String file = new String(Files.readAllBytes(this.properties.suppressionFile()), StandardCharsets.ISO_8859_1);
		String digits = this.phone.substring(1);
		assertThat(file).contains(this.hasher.hash("sms", this.phone)).doesNotContain(digits);
		assertThat(output.getAll()).doesNotContain(digits).doesNotContain("liver metastases?");
	}

	/**
	 * Twilio delivers bodies of up to 1,600 characters; the safety screen reads all of
	 * them before any length check.
	 */
	@Test
	void aLongTextWithAnEmergencyInTheMiddleGetsTheEmergencyReply() {
		String story = "My husband has been on the new chemo for three weeks and we have had a long day at the clinic. ";
		String body = story.repeat(8) + "Now he is throwing up blood in the bathroom. " + story.repeat(8);
		assertThat(body.length()).isBetween(1_500, 1_600);

		String reply = text(body);

		assertThat(reply).contains("911").doesNotContain("please send at most");
	}

	@Test
	void aLongTextWithoutRiskIsStillAskedToBeShorter() {
		// a plain question over and over: the safety stage reads some long stories as
		// risk
		// (docs/safety.md, "The model quiets long stories"), and this test is about the
		// limit
		String questions = "Please tell me about the treatments for liver metastases. ";

		assertThat(text(questions.repeat(19))).contains("please send at most 1000");
	}

	@Test
	void markupInAReplyIsEscaped() {
		doReturn(Mono.just(new TurnOutcome.Answered(new ChatReply(ReplyKind.ANSWER, "definition", 0.9, Triage.NONE,
				"a < b & \"c\" </Message><x>", null, ESCALATION, List.of(), List.of(), null))))
			.when(this.chat)
			.admit(eq(turn("markup")), any());

		assertThat(text("markup")).startsWith("a < b & \"c\" </Message><x>\n");
	}

	private ChatTurn turn(String message) {
		return new ChatTurn(com.livermets.assistant.chat.Channel.SMS, this.hasher.hash("sms", this.phone), message);
	}

	/** The message text the service texts back; fails when it sends nothing. */
	private String text(String body) {
		return reply(body).orElseThrow(() -> new AssertionError("no message in reply to a message"));
	}

	private Optional<String> reply(String body) {
		Map<String, String> params = params(body);
		return message(body(params, TwilioRequests.sign(TOKEN, PUBLIC_URL, params)));
	}

	private String body(Map<String, String> params, String signature) {
		byte[] body = post(params, signature).expectStatus().isOk().expectBody().returnResult().getResponseBody();
		return new String(body, StandardCharsets.UTF_8);
	}

	private WebTestClient.ResponseSpec post(Map<String, String> params, String signature) {
		return this.client.post()
			.uri("/sms/twilio")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.headers((headers) -> {
				if (signature != null) {
					headers.add(TwilioGateway.SIGNATURE_HEADER, signature);
				}
			})
			.body(BodyInserters.fromFormData(form(params)))
			.exchange();
	}

	/** The parameters Twilio posts for an inbound SMS. */
	private Map<String, String> params(String body) {
		Map<String, String> params = new LinkedHashMap<>();
		String sid = String.format("SM%032x", messages.incrementAndGet());
		params.put("ToCountry", "US");
		params.put("SmsMessageSid", sid);
		params.put("NumMedia", "0");
		params.put("SmsSid", sid);
		params.put("SmsStatus", "received");
		params.put("Body", body);
		params.put("To", "+15559870000");
		params.put("NumSegments", "1");
		params.put("MessageSid", sid);
		params.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
		params.put("From", this.phone);
		params.put("ApiVersion", "2010-04-01");
		return params;
	}

	private static LinkedMultiValueMap<String, String> form(Map<String, String> params) {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		params.forEach(form::add);
		return form;
	}

	/**
	 * Parses TwiML with a real XML parser: the text of its one {@code <Message>}, or
	 * empty for {@code <Response/>}.
	 */
	static Optional<String> message(String twiml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(twiml.getBytes(StandardCharsets.UTF_8)));
			assertThat(document.getDocumentElement().getTagName()).isEqualTo("Response");
			NodeList messages = document.getElementsByTagName("Message");
			assertThat(messages.getLength()).isLessThanOrEqualTo(1);
			assertThat(document.getDocumentElement().getChildNodes().getLength()).isEqualTo(messages.getLength());
			return (messages.getLength() == 0) ? Optional.empty() : Optional.of(messages.item(0).getTextContent());
		}
		catch (Exception ex) {
			throw new AssertionError("not well-formed TwiML: " + twiml, ex);
		}
	}

}
