package com.livermets.assistant.channel.sms;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Twilio webhook calls signed as Twilio signs them, for tests outside this package that
 * run their own application instances (two nodes, one Redis).
 */
public final class SignedWebhooks {

	private SignedWebhooks() {
	}

	/** The parameters Twilio posts for an inbound SMS. */
	public static Map<String, String> params(String messageSid, String from, String body) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("MessageSid", messageSid);
		params.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
		params.put("From", from);
		params.put("To", "+15559870000");
		params.put("Body", body);
		return params;
	}

	/**
	 * Posts the parameters, signed with {@code token} for {@code publicUrl}; returns the
	 * status and the TwiML.
	 */
	public static WebTestClient.ResponseSpec post(WebTestClient client, String token, String publicUrl,
			Map<String, String> params) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		params.forEach(form::add);
		return client.post()
			.uri("/sms/twilio")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.header(TwilioGateway.SIGNATURE_HEADER, TwilioRequests.sign(token, publicUrl, params))
			.body(BodyInserters.fromFormData(form))
			.exchange();
	}

	/** The TwiML of a 200 answer. */
	public static String twiml(WebTestClient.ResponseSpec response) {
		byte[] body = response.expectStatus().isOk().expectBody().returnResult().getResponseBody();
		return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
	}

	/** The text a TwiML answer sends, or empty when it sends nothing. */
	public static Optional<String> message(String twiml) {
		return TwilioWebhookIntegrationTests.message(twiml);
	}

	/** What ends a message whose answer continues on "MORE". */
	public static String restPrompt() {
		return SmsComposer.REST_PROMPT;
	}

}
