package com.livermets.assistant.channel.portal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;

/**
 * How the patient-portal channel checks bearer tokens. With neither {@code jwkSetUri} nor
 * {@code publicKeyLocation} set the service still starts, but refuses every portal request with 401.
 *
 * @param issuer the exact {@code iss} every token must carry
 * @param audience a value every token's {@code aud} must contain (usually this server's FHIR base URL)
 * @param jwkSetUri where the authorization server publishes its signing keys (JWKS)
 * @param publicKeyLocation alternatively, one RSA public key as PEM ({@code -----BEGIN PUBLIC KEY-----}), e.g.
 * {@code file:/etc/assistant/portal-key.pem}
 * @param jwsAlgorithm the one signature algorithm tokens must use
 * @param clockSkew tolerance for {@code exp} and {@code nbf}, for clocks that drift a little
 * @param authorizationEndpoint the SMART authorize URL, advertised in {@code /fhir/metadata} when set
 * @param tokenEndpoint the SMART token URL, advertised in {@code /fhir/metadata} when set
 */
@ConfigurationProperties("assistant.portal")
public record PortalProperties(String issuer, String audience, URI jwkSetUri, Resource publicKeyLocation,
		@DefaultValue("RS256") String jwsAlgorithm, @DefaultValue("60s") Duration clockSkew,
		URI authorizationEndpoint, URI tokenEndpoint) {

	/** The skew must forgive drift, not let a stale token live on. */
	static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

	boolean hasSigningKey() {
		return this.jwkSetUri != null || this.publicKeyLocation != null;
	}

	boolean hasIssuer() {
		return StringUtils.hasText(this.issuer);
	}

	boolean hasAudience() {
		return StringUtils.hasText(this.audience);
	}

}
