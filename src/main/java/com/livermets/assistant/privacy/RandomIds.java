package com.livermets.assistant.privacy;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Unguessable random ids (session ids, reply resource ids). A DRBG seeded once at
 * construction generates them in memory; {@code UUID.randomUUID()} would read
 * {@code /dev/urandom} on a non-blocking thread for every id, which BlockHound flags.
 */
public final class RandomIds {

	private final SecureRandom random;

	public RandomIds() {
		try {
			this.random = SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("no DRBG SecureRandom in this JVM", ex);
		}
		// Seed now, on the startup thread, not on the first request's event-loop thread.
		this.random.nextBytes(new byte[16]);
	}

	/** 128 random bits as 32 hex digits. */
	public String next() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
