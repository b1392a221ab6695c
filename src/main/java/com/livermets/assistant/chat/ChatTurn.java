package com.livermets.assistant.chat;

import java.util.Objects;

/**
 * One user message entering the pipeline.
 *
 * @param channel where it came from
 * @param sessionKey an opaque conversation key; channels pass a hash, never a phone
 * number or patient id
 * @param message the user's text, as typed
 */
public record ChatTurn(Channel channel, String sessionKey, String message) {

	public ChatTurn {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(sessionKey, "sessionKey");
		Objects.requireNonNull(message, "message");
		if (sessionKey.isBlank()) {
			throw new IllegalArgumentException("sessionKey must not be blank");
		}
	}

}
