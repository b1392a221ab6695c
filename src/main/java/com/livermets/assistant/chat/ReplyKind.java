package com.livermets.assistant.chat;

import java.util.Locale;

/** What a reply is, apart from which intent it answers. */
public enum ReplyKind {

	/** An intent's response, or the longer form of the one before ("tell me more"). */
	ANSWER,
	/** A "Did you mean ...?" question; its options are the suggestions. */
	CLARIFY,
	/**
	 * The page covers the topic but not what was asked of it: the reply says so and cites
	 * nothing.
	 */
	NOT_COVERED,
	/** The service will not guess, or the user declined what was offered. */
	FALLBACK,
	/** The conversation was started over. */
	RESET,
	/** A safety rule answered instead of the classifier. */
	SAFETY;

	/**
	 * The name channels, metrics and the audit log show for replies of this kind that
	 * answer no intent.
	 */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
