package com.livermets.assistant.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hash (HMAC-SHA256) of identifiers: session ids, phone numbers, patient ids. The
 * service keys state, logs and metrics by these hashes only, so a log or heap dump never
 * holds a number or patient id.
 */
public final class IdentifierHasher {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	public IdentifierHasher(String secret) {
		Objects.requireNonNull(secret, "secret");
		if (secret.length() < 16) {
			throw new IllegalArgumentException("the hash key must have at least 16 characters");
		}
		this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * Hashes {@code identifier} within {@code namespace} (e.g. {@code sms}), so equal ids
	 * on two channels do not collide.
	 */
	public String hash(String namespace, String identifier) {
		Objects.requireNonNull(namespace, "namespace");
		Objects.requireNonNull(identifier, "identifier");
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			byte[] digest = mac.doFinal((namespace + ":" + identifier).getBytes(StandardCharsets.UTF_8));
			// 128 bits are plenty to avoid collisions and keep keys short in logs.
			return namespace + "-" + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

}
