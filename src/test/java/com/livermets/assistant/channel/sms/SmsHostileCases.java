package com.livermets.assistant.channel.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.livermets.assistant.hardening.HostileCase;

import org.springframework.http.HttpMethod;

import static com.livermets.assistant.hardening.HostileCase.ANY_CLIENT_ERROR_OR_OK;

/**
 * Hostile input for the Twilio webhook, {@code POST /sms/twilio}: most cases are signed
 * correctly, so they reach the parser and the pipeline rather than stopping at the
 * signature check.
 */
public final class SmsHostileCases {

	/** The running-server tests configure SMS with these. */
	public static final String TOKEN = "hostile-0123456789abcdef01234567";

	public static final String PUBLIC_URL = "https://assistant.example.org/sms/twilio";

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final AtomicInteger senders = new AtomicInteger(7000);

	private SmsHostileCases() {
	}

	public static List<HostileCase> cases() {
		return List.of(signed("sms: a question", "what are liver mets", 200), signed("sms: empty body", "", 200),
				signed("sms: whitespace body", " \t\n ", 200),
				signed("sms: script tag", "<script>alert(1)</script>", 200, "<script"),
				signed("sms: twiml injection", "</Message><Redirect>https://evil.example</Redirect><Message>", 200,
						"<Redirect>", "evil.example"),
				signed("sms: control characters", "\u0000\u0001\u0007\u001B hello", 200),
				signed("sms: rtl, emoji and zero-width", "\u202Eما هي \uD83E\uDEC0 li\u200Bver mets", 200),
				signed("sms: 1001 characters", "a".repeat(1001), 200),
				signed("sms: lone surrogate", "liver \uD800 mets", ANY_CLIENT_ERROR_OR_OK),
				signedWithout("sms: missing From", "From", 400),
				signedWithout("sms: missing MessageSid", "MessageSid", 400),
				signedWith("sms: traversal MessageSid", "MessageSid", "../../etc/passwd", 400, "passwd"),
				signedWith("sms: script in From", "From", "<script>alert(1)</script>", 200, "<script"),
				form("sms: unsigned", body(params("what are liver mets")), null, 403),
				form("sms: wrong signature", body(params("what are liver mets")), "bm90IGEgc2lnbmF0dXJl", 403),
				form("sms: invalid percent encoding", "Body=%ZZ%&From=%", null, 400),
				form("sms: invalid utf-8 in the form", "Body=%C3%28%FF&From=%2B1555&MessageSid=SM1", null, 403),
				HostileCase.of("sms: 1 MB form", HttpMethod.POST, "/sms/twilio", Map.of("Content-Type", FORM),
						("Body=" + "a".repeat(1024 * 1024)).getBytes(StandardCharsets.US_ASCII), 413),
				HostileCase.of("sms: json instead of a form", HttpMethod.POST, "/sms/twilio",
						Map.of("Content-Type", "application/json"),
						"{\"Body\":\"hi\"}".getBytes(StandardCharsets.UTF_8), 415));
	}

	/** A correctly signed message from {@code from}, for tests of the per-phone limit. */
	public static HostileCase message(String from, String text) {
		Map<String, String> params = params(text);
		params.put("From", from);
		return signedParams("sms from " + from, params, 200);
	}

	private static HostileCase signed(String name, String text, int expectedStatus, String... echoes) {
		return signedParams(name, params(text), expectedStatus, echoes);
	}

	private static HostileCase signedWithout(String name, String parameter, int expectedStatus) {
		Map<String, String> params = params("hello");
		params.remove(parameter);
		return signedParams(name, params, expectedStatus);
	}

	private static HostileCase signedWith(String name, String parameter, String value, int expectedStatus,
			String... echoes) {
		Map<String, String> params = params("hello");
		params.put(parameter, value);
		return signedParams(name, params, expectedStatus, echoes);
	}

	private static HostileCase signedParams(String name, Map<String, String> params, int expectedStatus,
			String... echoes) {
		return form(name, body(params), TwilioRequests.sign(TOKEN, PUBLIC_URL, params), expectedStatus, echoes);
	}

	private static HostileCase form(String name, String body, String signature, int expectedStatus, String... echoes) {
		Map<String, String> headers = (signature != null)
				? Map.of("Content-Type", FORM, TwilioGateway.SIGNATURE_HEADER, signature)
				: Map.of("Content-Type", FORM);
		return HostileCase.of(name, HttpMethod.POST, "/sms/twilio", headers, body.getBytes(StandardCharsets.UTF_8),
				expectedStatus, echoes);
	}

	/** A fresh sender per case, so the per-phone limit never decides a case. */
	private static Map<String, String> params(String text) {
		int n = senders.incrementAndGet();
		Map<String, String> params = new LinkedHashMap<>();
		params.put("MessageSid", String.format("SM%032x", n));
		params.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
		params.put("From", "+1555300" + n);
		params.put("To", "+15559870000");
		params.put("Body", text);
		return params;
	}

	private static String body(Map<String, String> params) {
		return params.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
