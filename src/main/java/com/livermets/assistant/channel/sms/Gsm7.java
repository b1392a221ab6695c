package com.livermets.assistant.channel.sms;

import java.util.Map;

/**
 * The GSM 03.38 7-bit alphabet SMS uses when it can. One character outside it switches
 * the whole message to UCS-2, which more than halves what fits in a segment, so
 * typographic punctuation is replaced by its plain GSM form first.
 */
final class Gsm7 {

	private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	/** Reached through an escape character, so each costs two septets. */
	private static final String EXTENSION = "\f^{}\\[~]|€";

	private static final Map<Character, String> REPLACEMENTS = Map.ofEntries(Map.entry('\u2018', "'"),
			Map.entry('\u2019', "'"), Map.entry('\u201A', "'"), Map.entry('\u201B', "'"), Map.entry('\u2032', "'"),
			Map.entry('\u02BC', "'"), Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""),
			Map.entry('\u201F', "\""), Map.entry('\u2033', "\""), Map.entry('\u00AB', "\""), Map.entry('\u00BB', "\""),
			Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2012', "-"), Map.entry('\u2013', "-"),
			Map.entry('\u2014', "-"), Map.entry('\u2015', "-"), Map.entry('\u2212', "-"), Map.entry('\u2022', "-"),
			Map.entry('\u2026', "..."), Map.entry('\t', " "), Map.entry('\u00A0', " "), Map.entry('\u2007', " "),
			Map.entry('\u202F', " "), Map.entry('\u2002', " "), Map.entry('\u2003', " "), Map.entry('\u2009', " "),
			Map.entry('\u200A', " "), Map.entry('\u200B', ""), Map.entry('\u200C', ""), Map.entry('\u200D', ""),
			Map.entry('\u2060', ""), Map.entry('\uFEFF', ""));

	private Gsm7() {
	}

	/** Septets {@code codePoint} takes in GSM-7, or 0 when it is not in the alphabet. */
	static int septets(int codePoint) {
		if (codePoint > Character.MAX_VALUE) {
			return 0;
		}
		if (BASIC.indexOf(codePoint) >= 0) {
			return 1;
		}
		return (EXTENSION.indexOf(codePoint) >= 0) ? 2 : 0;
	}

	/**
	 * Replaces curly quotes, dashes, ellipsis and special spaces with GSM-7 equivalents;
	 * keeps everything else.
	 */
	static String normalize(String text) {
		StringBuilder normalized = new StringBuilder(text.length());
		String unixLines = text.replace("\r\n", "\n");
		for (int i = 0; i < unixLines.length(); i++) {
			char c = unixLines.charAt(i);
			String replacement = REPLACEMENTS.get(c);
			if (replacement != null) {
				normalized.append(replacement);
			}
			else {
				normalized.append(c);
			}
		}
		return normalized.toString();
	}

}
