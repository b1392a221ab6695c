package com.livermets.assistant.channel.sms;

/**
 * Renders a reply as Twilio's TwiML. Everything is escaped: replies may quote what a user
 * typed.
 */
final class TwiML {

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

	private TwiML() {
	}

	static String render(SmsReply reply) {
		return reply.message()
			.map((text) -> DECLARATION + "<Response><Message>" + escape(text) + "</Message></Response>")
			.orElse(DECLARATION + "<Response/>");
	}

	/**
	 * Escapes markup and drops what XML 1.0 cannot carry at all (control characters, lone
	 * surrogates).
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((codePoint) -> {
			switch (codePoint) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&apos;");
				default -> {
					if (isXmlChar(codePoint)) {
						escaped.appendCodePoint(codePoint);
					}
				}
			}
		});
		return escaped.toString();
	}

	private static boolean isXmlChar(int codePoint) {
		return codePoint == '\t' || codePoint == '\n' || codePoint == '\r' || (codePoint >= 0x20 && codePoint <= 0xD7FF)
				|| (codePoint >= 0xE000 && codePoint <= 0xFFFD) || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
	}

}
