package com.livermets.assistant.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

/**
 * One hostile request and what a careful service answers.
 *
 * @param name what the case tries
 * @param method the HTTP method
 * @param path the path
 * @param headers request headers, including Content-Type when there is a body
 * @param body the raw body bytes, or {@code null} for none
 * @param chunked send the body without Content-Length
 * @param expectedStatus the exact status a correct service answers, or
 * {@link #ANY_CLIENT_ERROR_OR_OK}
 * @param echoes fragments of the input that must never come back in the response (HTML,
 * script, markers)
 */
public record HostileCase(String name, HttpMethod method, String path, Map<String, String> headers, byte[] body,
		boolean chunked, int expectedStatus, List<String> echoes) {

	/** For input where a 200 and a 4xx are both reasonable; a 5xx never is. */
	public static final int ANY_CLIENT_ERROR_OR_OK = -1;

	public static final String JSON = "application/json";

	/**
	 * 3,000 characters of markup, bidi and zero-width characters, for details that may
	 * quote only a short excerpt.
	 */
	public static final String LONG_MARKUP = ("<script>alert(1)</script><img src=x onerror=\"alert(2)\">"
			+ "\u202Ex\u200B")
		.repeat(60)
		.substring(0, 3000);

	static HostileCase json(String name, String body, int expectedStatus, String... echoes) {
		return json(name, body.getBytes(StandardCharsets.UTF_8), expectedStatus, echoes);
	}

	static HostileCase json(String name, byte[] body, int expectedStatus, String... echoes) {
		return new HostileCase(name, HttpMethod.POST, "/api/chat", Map.of("Content-Type", JSON), body, false,
				expectedStatus, List.of(echoes));
	}

	/** A JSON chat request whose message is {@code message}, JSON-escaped. */
	static HostileCase message(String name, String message, int expectedStatus, String... echoes) {
		return json(name, "{\"sessionId\":\"hostile-" + Integer.toHexString(name.hashCode()) + "\",\"message\":"
				+ quote(message) + "}", expectedStatus, echoes);
	}

	public static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				json.append('\\').append((char) c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", c));
			}
			else {
				json.appendCodePoint(c);
			}
		});
		return json.append('"').toString();
	}

	public HostileCase chunkedBody() {
		return new HostileCase(this.name, this.method, this.path, this.headers, this.body, true, this.expectedStatus,
				this.echoes);
	}

	/** A request of any shape, for channels with their own formats. */
	public static HostileCase of(String name, HttpMethod method, String path, Map<String, String> headers, byte[] body,
			int expectedStatus, String... echoes) {
		return new HostileCase(name, method, path, headers, body, false, expectedStatus, List.of(echoes));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
