package com.livermets.assistant.channel.sms;

import java.util.Locale;
import java.util.Set;

/**
 * The carrier-standard keywords, matched like Twilio does: the whole message, trimmed,
 * any case. Anything else is a question for the pipeline.
 */
enum SmsKeyword {

	OPT_OUT, OPT_IN, HELP, MORE, NONE;

	private static final Set<String> OPT_OUT_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT");

	private static final Set<String> OPT_IN_WORDS = Set.of("START", "UNSTOP", "YES");

	static SmsKeyword of(String body) {
		String word = body.strip().toUpperCase(Locale.ROOT);
		if (OPT_OUT_WORDS.contains(word)) {
			return OPT_OUT;
		}
		if (OPT_IN_WORDS.contains(word)) {
			return OPT_IN;
		}
		if (word.equals("HELP")) {
			return HELP;
		}
		return word.equals("MORE") ? MORE : NONE;
	}

}
