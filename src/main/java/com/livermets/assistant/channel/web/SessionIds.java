package com.livermets.assistant.channel.web;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Issues session ids for clients that sent none. A DRBG seeded once at startup generates them in memory;
 * {@code UUID.randomUUID()} would read {@code /dev/urandom} on the event loop for every new conversation.
 */
final class SessionIds {

	private final SecureRandom random;

	SessionIds() {
		try {
			this.random = SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("no DRBG SecureRandom in this JVM", ex);
		}
		// Seed now, on the startup thread, not on the first request's event-loop thread.
		this.random.nextBytes(new byte[16]);
	}

	String next() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
