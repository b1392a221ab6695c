package com.livermets.assistant.channel.portal;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Builds the portal's token decoder from {@link PortalProperties}: signature (JWKS or PEM public key), issuer,
 * audience, expiry (required) and not-before, with a small clock skew. A half-done configuration stops startup; no
 * configuration at all yields a decoder that refuses every token, so the service still starts on a laptop.
 */
final class PortalJwtDecoders {

	private static final Logger logger = LoggerFactory.getLogger(PortalJwtDecoders.class);

	static final String NOT_CONFIGURED = "This service accepts no portal tokens: no token issuer is configured";

	private PortalJwtDecoders() {
	}

	static ReactiveJwtDecoder from(PortalProperties properties) {
		if (!properties.hasSigningKey()) {
			logger.warn("Patient portal is disabled: set assistant.portal.jwk-set-uri or "
					+ "assistant.portal.public-key-location (with issuer and audience); until then every "
					+ "POST /fhir/Communication is refused with 401");
			return (token) -> Mono.error(new BadJwtException(NOT_CONFIGURED));
		}
		requireSetting(properties.hasIssuer(), "assistant.portal.issuer");
		requireSetting(properties.hasAudience(), "assistant.portal.audience");
		if (properties.jwkSetUri() != null && properties.publicKeyLocation() != null) {
			throw new IllegalStateException(
					"Set only one of assistant.portal.jwk-set-uri and assistant.portal.public-key-location");
		}
		Duration skew = properties.clockSkew();
		if (skew.isNegative() || skew.compareTo(PortalProperties.MAX_CLOCK_SKEW) > 0) {
			throw new IllegalStateException("assistant.portal.clock-skew must be between 0s and "
					+ PortalProperties.MAX_CLOCK_SKEW.toSeconds() + "s");
		}
		SignatureAlgorithm algorithm = SignatureAlgorithm.from(properties.jwsAlgorithm());
		if (algorithm == null) {
			throw new IllegalStateException(
					"assistant.portal.jws-algorithm '" + properties.jwsAlgorithm() + "' is not a JWS algorithm");
		}
		NimbusReactiveJwtDecoder decoder = (properties.jwkSetUri() != null)
				? NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
					.jwsAlgorithm(algorithm)
					.build()
				: NimbusReactiveJwtDecoder.withPublicKey(publicKey(properties)).signatureAlgorithm(algorithm).build();
		decoder.setJwtValidator(validator(properties));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(PortalProperties properties) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
		// A token that never expires would be a permanent key to a patient's inbox.
		timestamps.setAllowEmptyExpiryClaim(false);
		// RFC 9068 access tokens say "at+jwt"; many SMART servers say "JWT" or nothing.
		JwtTypeValidator types = new JwtTypeValidator("JWT", "at+jwt");
		types.setAllowEmpty(true);
		return new DelegatingOAuth2TokenValidator<>(List.of(JwtValidators.createDefaultWithValidators(timestamps, types),
				new JwtIssuerValidator(properties.issuer()), new JwtAudienceValidator(properties.audience())));
	}

	private static RSAPublicKey publicKey(PortalProperties properties) {
		try (InputStream pem = properties.publicKeyLocation().getInputStream()) {
			return RsaKeyConverters.x509().convert(pem);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("assistant.portal.public-key-location (" + properties.publicKeyLocation()
					+ ") is not a readable PEM RSA public key: " + ex.getMessage(), ex);
		}
	}

	private static void requireSetting(boolean present, String name) {
		if (!present) {
			throw new IllegalStateException(name + " must be set when a portal signing key is configured: "
					+ "without it tokens issued for other servers or by other issuers would be accepted");
		}
	}

}
