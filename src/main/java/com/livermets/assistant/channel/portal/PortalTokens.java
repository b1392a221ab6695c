package com.livermets.assistant.channel.portal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * The portal's token rules on top of the decoder Spring Boot builds from
 * {@code spring.security.oauth2.resourceserver.jwt.*} (signature by {@code jwk-set-uri}
 * or {@code public-key-location}, {@code jws-algorithms}, {@code audiences}). Boot adds
 * every {@code OAuth2TokenValidator<Jwt>} bean to that decoder, each replacing its
 * default of the same type, so the rules Boot has no setting for are beans here:
 * <ul>
 * <li>the issuer, {@code assistant.portal.issuer}: Boot checks {@code issuer-uri} only
 * with a JWKS, and with it alone switches to discovery (and ignores a public key), so
 * that property is refused;</li>
 * <li>{@code exp} required (Boot's default lets a token without one live for ever), with
 * {@code assistant.portal.clock-skew};</li>
 * <li>header {@code typ} absent, {@code JWT} or RFC 9068's {@code at+jwt}.</li>
 * </ul>
 * The SMART scope and patient checks need the request and live in {@link PortalSecurity}
 * and {@link PortalHandler}. A half-done configuration stops startup; none at all leaves
 * a decoder that refuses every token, so the service still starts on a laptop.
 */
@Configuration(proxyBeanMethods = false)
class PortalTokens {

	private static final Logger logger = LoggerFactory.getLogger(PortalTokens.class);

	static final String NOT_CONFIGURED = "This service accepts no portal tokens: no token issuer is configured";

	private static final String BOOT = "spring.security.oauth2.resourceserver.jwt.";

	/** Also checks the settings, once, whether or not Boot builds a decoder. */
	@Bean
	OAuth2TokenValidator<Jwt> portalTokenIssuer(PortalProperties portal,
			OAuth2ResourceServerProperties resourceServer) {
		if (!check(portal, resourceServer.getJwt())) {
			return (jwt) -> OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", NOT_CONFIGURED, null));
		}
		return new JwtIssuerValidator(portal.issuer());
	}

	@Bean
	JwtTimestampValidator portalTokenLifetime(PortalProperties portal) {
		JwtTimestampValidator timestamps = new JwtTimestampValidator(portal.clockSkew());
		// A token that never expires would be a permanent key to a patient's inbox.
		timestamps.setAllowEmptyExpiryClaim(false);
		return timestamps;
	}

	@Bean
	JwtTypeValidator portalTokenType() {
		// RFC 9068 access tokens say "at+jwt"; many SMART servers say "JWT" or nothing.
		JwtTypeValidator types = new JwtTypeValidator("JWT", "at+jwt");
		types.setAllowEmpty(true);
		return types;
	}

	/**
	 * When no signing key is set Boot builds no decoder, and the portal uses this one.
	 */
	static ReactiveJwtDecoder refusingEveryToken() {
		logger.warn("Patient portal is disabled: set " + BOOT + "jwk-set-uri or " + BOOT + "public-key-location "
				+ "(with assistant.portal.issuer and " + BOOT + "audiences); until then every POST /fhir/Communication "
				+ "is refused with 401");
		return (token) -> Mono.error(new BadJwtException(NOT_CONFIGURED));
	}

	/**
	 * Whether a signing key is configured; stops startup, naming the setting, on a
	 * half-done configuration.
	 */
	static boolean check(PortalProperties portal, OAuth2ResourceServerProperties.Jwt jwt) {
		if (StringUtils.hasText(jwt.getIssuerUri())) {
			throw new IllegalStateException(BOOT + "issuer-uri is not used by the portal: set assistant.portal.issuer, "
					+ "and the key as " + BOOT + "jwk-set-uri or " + BOOT + "public-key-location");
		}
		boolean jwks = StringUtils.hasText(jwt.getJwkSetUri());
		boolean publicKey = jwt.getPublicKeyLocation() != null;
		if (!jwks && !publicKey) {
			return false;
		}
		if (jwks && publicKey) {
			// Boot would silently use the JWKS.
			throw new IllegalStateException(
					"Set only one of " + BOOT + "jwk-set-uri and " + BOOT + "public-key-location");
		}
		requireSetting(portal.hasIssuer(), "assistant.portal.issuer");
		List<String> audiences = jwt.getAudiences();
		requireSetting(audiences != null && !audiences.isEmpty() && audiences.stream().allMatch(StringUtils::hasText),
				BOOT + "audiences");
		return true;
	}

	private static void requireSetting(boolean present, String name) {
		if (!present) {
			throw new IllegalStateException(name + " must be set when a portal signing key is configured: "
					+ "without it tokens issued for other servers or by other issuers would be accepted");
		}
	}

}
