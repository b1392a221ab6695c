package com.livermets.assistant.channel.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Plays the portal's authorization server: a locally generated RSA key signs tokens, and
 * its public key is written as PEM for
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, so tests go
 * through the production decoder.
 */
final class TestTokens {

	static final String ISSUER = "https://auth.portal.test";

	static final String AUDIENCE = "https://assistant.test/fhir";

	static final String PATIENT = "pat-4711";

	static final String SCOPE = "launch/patient openid patient/Communication.c";

	/**
	 * The portal whose public key the shared integration context trusts
	 * ({@link PortalHostileCases#settings()}).
	 */
	static final TestTokens TRUSTED = generate();

	private final KeyPair keys;

	private TestTokens(KeyPair keys) {
		this.keys = keys;
	}

	static TestTokens generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return new TestTokens(generator.generateKeyPair());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes the public key as PEM and returns its {@code file:} location. */
	String publicKeyLocation() {
		try {
			Path pem = Files.createTempFile("portal-public-key", ".pem");
			pem.toFile().deleteOnExit();
			String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(this.keys.getPublic().getEncoded());
			Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
			return pem.toUri().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A valid token for {@link #PATIENT}, changed by {@code customizer}. */
	String token(Consumer<JWTClaimsSet.Builder> customizer) {
		return sign(claims(customizer).build());
	}

	/** A valid token typed as an RFC 9068 access token ({@code typ: at+jwt}). */
	String accessToken() {
		return sign(claims((claims) -> {
		}).build(), new JOSEObjectType("at+jwt"));
	}

	private static JWTClaimsSet.Builder claims(Consumer<JWTClaimsSet.Builder> customizer) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("portal-user-17")
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(300)))
			.claim("scope", SCOPE)
			.claim("patient", PATIENT);
		customizer.accept(claims);
		return claims;
	}

	String token() {
		return token((claims) -> {
		});
	}

	String sign(JWTClaimsSet claims) {
		return sign(claims, JOSEObjectType.JWT);
	}

	private String sign(JWTClaimsSet claims, JOSEObjectType type) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(type).build(), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) this.keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
