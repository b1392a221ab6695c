package com.livermets.assistant.channel.portal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.livermets.assistant.hardening.HostileCase;

import org.springframework.http.HttpMethod;

import static com.livermets.assistant.hardening.HostileCase.ANY_CLIENT_ERROR_OR_OK;

/**
 * Hostile input for the patient portal, {@code POST /fhir/Communication}: forged and
 * foreign tokens, and, with a valid token, malformed resources and hostile text that
 * reach the FHIR parser and the pipeline.
 */
public final class PortalHostileCases {

	private static final TestTokens tokens = TestTokens.TRUSTED;

	private static final String PATH = "/fhir/Communication";

	private static final String FHIR_JSON = "application/fhir+json";

	private PortalHostileCases() {
	}

	/** The running-server tests configure the portal with these. */
	public static Map<String, String> settings() {
		return Map.of("assistant.portal.issuer", TestTokens.ISSUER,
				"spring.security.oauth2.resourceserver.jwt.audiences", TestTokens.AUDIENCE,
				"spring.security.oauth2.resourceserver.jwt.public-key-location", tokens.publicKeyLocation());
	}

	public static List<HostileCase> cases() {
		String valid = tokens.token();
		String otherPatient = tokens.token((claims) -> claims.claim("patient", "pat-9999"));
		String expired = tokens.token((claims) -> claims.expirationTime(Date.from(Instant.now().minusSeconds(3600))));
		String unsigned = "eyJhbGciOiJub25lIn0." + java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("{\"iss\":\"" + TestTokens.ISSUER + "\",\"aud\":\"" + TestTokens.AUDIENCE
					+ "\",\"patient\":\"" + TestTokens.PATIENT + "\",\"scope\":\"" + TestTokens.SCOPE + "\"}")
				.getBytes(StandardCharsets.UTF_8)) + ".";
		return List.of(post("fhir: a question", valid, communication("what are liver mets"), 200),
				post("fhir: no token", null, communication("hi"), 401),
				post("fhir: garbage token", "not.a.token", communication("hi"), 401),
				post("fhir: unsigned alg none token", unsigned, communication("hi"), 401),
				post("fhir: expired token", expired, communication("hi"), 401),
				post("fhir: another patient's token", otherPatient, communication("hi"), 403),
				post("fhir: empty body", valid, "", 400), post("fhir: empty object", valid, "{}", 400),
				post("fhir: not a Communication", valid, "{\"resourceType\":\"Patient\",\"id\":\"x\"}", 400),
				post("fhir: truncated json", valid, "{\"resourceType\":\"Communication\",", 400),
				post("fhir: deep nesting", valid,
						"{\"resourceType\":\"Communication\",\"x\":" + "[".repeat(20000) + "]".repeat(20000) + "}",
						400),
				post("fhir: number as payload text", valid, communicationJson("12345", false), ANY_CLIENT_ERROR_OR_OK),
				post("fhir: script payload", valid, communication("<script>alert(1)</script>"), 200, "<script"),
				post("fhir: img onerror payload", valid, communication("<img src=x onerror=alert(1)>"), 200, "onerror"),
				post("fhir: control characters", valid, communication("\u0001\u0007 what are liver mets"),
						ANY_CLIENT_ERROR_OR_OK),
				post("fhir: rtl, emoji and zero-width", valid,
						communication("\u202Eما هي \uD83E\uDEC0 li\u200Bver mets"), 200),
				post("fhir: 1001 characters", valid, communication("a".repeat(1001)), 422),
				HostileCase.of("fhir: invalid utf-8", HttpMethod.POST, PATH, headers(valid, FHIR_JSON),
						concat(communication("caf").getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xC3, 0x28 }),
						ANY_CLIENT_ERROR_OR_OK),
				HostileCase.of("fhir: xml with an external entity", HttpMethod.POST, PATH,
						headers(valid, "application/fhir+xml"),
						("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Communication>&e;</Communication>")
							.getBytes(StandardCharsets.UTF_8),
						415, "root:"),
				HostileCase.of("fhir: 1 MB body", HttpMethod.POST, PATH, headers(valid, FHIR_JSON),
						communication("a".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8), 413),
				post("fhir: 3,000-character markup status", valid,
						communication("hi").replace("\"completed\"", HostileCase.quote(HostileCase.LONG_MARKUP)), 400,
						"<script", "<img"),
				post("fhir: long markup subject", valid,
						communication("hi").replace("Patient/" + TestTokens.PATIENT,
								"Patient/" + HostileCase.LONG_MARKUP.replace("\"", "'")),
						422, "<script"),
				post("fhir: long markup element name", valid,
						communication("hi").replace("\"status\"", HostileCase.quote(HostileCase.LONG_MARKUP)), 400,
						"<script"),
				HostileCase.of("fhir: long markup in the Content-Type", HttpMethod.POST, PATH,
						headers(valid,
								"application/fhir+json; note=\"" + "<script>alert(1)</script>".repeat(40) + "\""),
						communication("hi").getBytes(StandardCharsets.UTF_8), ANY_CLIENT_ERROR_OR_OK, "<script"),
				HostileCase.of("fhir: GET on Communication", HttpMethod.GET, PATH, headers(valid, null), null, 405));
	}

	/**
	 * A valid message of the test patient with a valid token, for tests of the
	 * per-conversation limit.
	 */
	public static HostileCase message(String text) {
		return post("fhir message", tokens.token(), communication(text), 200);
	}

	/**
	 * A valid message of {@code patient} with that patient's own token, so each patient
	 * has a conversation of its own.
	 */
	public static HostileCase messageFrom(String patient, String text) {
		String token = tokens.token((claims) -> claims.claim("patient", patient));
		return post("fhir message", token, communicationJson(patient, HostileCase.quote(text)), 200);
	}

	private static HostileCase post(String name, String token, String body, int expectedStatus, String... echoes) {
		return HostileCase.of(name, HttpMethod.POST, PATH, headers(token, FHIR_JSON),
				body.getBytes(StandardCharsets.UTF_8), expectedStatus, echoes);
	}

	private static Map<String, String> headers(String token, String contentType) {
		Map<String, String> headers = new java.util.HashMap<>();
		if (token != null) {
			headers.put("Authorization", "Bearer " + token);
		}
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		return headers;
	}

	private static String communication(String text) {
		return communicationJson(HostileCase.quote(text), true);
	}

	private static String communicationJson(String payload, boolean quoted) {
		return communicationJson(TestTokens.PATIENT, payload);
	}

	private static String communicationJson(String patient, String payload) {
		return "{\"resourceType\":\"Communication\",\"status\":\"completed\",\"subject\":{\"reference\":\"Patient/"
				+ patient + "\"},\"payload\":[{\"contentString\":" + payload + "}]}";
	}

	private static byte[] concat(byte[] head, byte[] tail) {
		byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
		System.arraycopy(tail, 0, all, head.length, tail.length);
		return all;
	}

}
