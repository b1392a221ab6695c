package com.livermets.assistant.content;

/**
 * What kind of reply a response file holds, which decides what it must and must not cite.
 */
public enum ResponseKind {

	/** Drawn from the source page; must cite verbatim passages. */
	ANSWER,
	/** Greetings and the like; no medical content, no sources. */
	SMALLTALK,
	/** On topic, but the source does not answer it; says so honestly, no sources. */
	CANNOT_ANSWER;

	static ResponseKind parse(String value) {
		for (ResponseKind kind : values()) {
			if (kind.name().equalsIgnoreCase(value.replace('-', '_'))) {
				return kind;
			}
		}
		return null;
	}

}
