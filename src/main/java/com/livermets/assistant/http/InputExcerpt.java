package com.livermets.assistant.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an error detail may show of a client's input: a short excerpt with markup,
 * control, bidi and zero-width characters escaped as {@code \\uXXXX}, so a detail can
 * neither carry a pasted message nor inject into a page or a log viewer that shows it.
 */
public final class InputExcerpt {

	/** Characters of input an excerpt keeps. */
	public static final int MAX_CHARACTERS = 40;

	/** The longest detail built around parser messages that quote input. */
	static final int MAX_DETAIL = 300;

	private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

	private InputExcerpt() {
	}

	/** A short, escaped excerpt of {@code input}, saying how much was left out. */
	public static String of(String input) {
		int length = input.codePointCount(0, input.length());
		if (length <= MAX_CHARACTERS) {
			return escape(input);
		}
		String head = input.substring(0, input.offsetByCodePoints(0, MAX_CHARACTERS));
		return escape(head) + "... (" + length + " characters)";
	}

	/**
	 * A third-party message (a parser's) that may quote input: every quoted value becomes
	 * an excerpt, the rest is escaped, and the whole is bounded.
	 */
	public static String quoting(String message) {
		Matcher quoted = QUOTED.matcher(message);
		StringBuilder result = new StringBuilder();
		int last = 0;
		while (quoted.find()) {
			result.append(escape(message.substring(last, quoted.start())));
			String value = (quoted.group(1) != null) ? quoted.group(1) : quoted.group(2);
			char quote = message.charAt(quoted.start());
			result.append(quote).append(of(value)).append(quote);
			last = quoted.end();
		}
		result.append(escape(message.substring(last)));
		if (result.codePointCount(0, result.length()) <= MAX_DETAIL) {
			return result.toString();
		}
		return result.substring(0, result.offsetByCodePoints(0, MAX_DETAIL)) + "...";
	}

	private static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (needsEscape(c)) {
				escaped.append(String.format("\\u%04x", c));
			}
			else {
				escaped.appendCodePoint(c);
			}
		});
		return escaped.toString();
	}

	private static boolean needsEscape(int c) {
		return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '<' || c == '>' || c == '&' || c == '`'
				|| (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
				|| c == 0xfeff || Character.getType(c) == Character.SURROGATE;
	}

}
