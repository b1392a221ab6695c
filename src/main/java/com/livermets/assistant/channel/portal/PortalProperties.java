package com.livermets.assistant.channel.portal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * The portal's token settings that Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} (signing key, algorithms,
 * audiences) does not have, and what {@code /fhir/metadata} advertises. See
 * {@link PortalTokens}.
 *
 * @param issuer the exact {@code iss} every token must carry
 * @param clockSkew tolerance for {@code exp} and {@code nbf}, for clocks that drift a
 * little
 * @param authorizationEndpoint the SMART authorize URL, advertised in
 * {@code /fhir/metadata} when set
 * @param tokenEndpoint the SMART token URL, advertised in {@code /fhir/metadata} when set
 */
@ConfigurationProperties("assistant.portal")
public record PortalProperties(String issuer, @DefaultValue("60s") Duration clockSkew, URI authorizationEndpoint,
		URI tokenEndpoint) {

	/** The skew must forgive drift, not let a stale token live on. */
	static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

	public PortalProperties {
		if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
			throw new IllegalArgumentException(
					"assistant.portal.clock-skew must be between 0s and " + MAX_CLOCK_SKEW.toSeconds() + "s");
		}
	}

	boolean hasIssuer() {
		return StringUtils.hasText(this.issuer);
	}

}
