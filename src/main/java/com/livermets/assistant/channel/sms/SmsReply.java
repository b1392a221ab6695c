package com.livermets.assistant.channel.sms;

import java.util.Optional;

/**
 * What to text back for one inbound message: one message, or nothing (after an opt-out,
 * or to a suppressed sender). Provider-neutral: each gateway renders it in its own
 * format.
 *
 * @param text the message, at most two segments long, or {@code null} to send nothing
 */
public record SmsReply(String text) {

	private static final SmsReply SILENT = new SmsReply(null);

	public static SmsReply silent() {
		return SILENT;
	}

	public static SmsReply message(String text) {
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("a message must have text; use silent() to send nothing");
		}
		return new SmsReply(text);
	}

	public Optional<String> message() {
		return Optional.ofNullable(this.text);
	}

}
