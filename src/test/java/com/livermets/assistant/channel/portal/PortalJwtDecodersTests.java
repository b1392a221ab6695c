package com.livermets.assistant.channel.portal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(OutputCaptureExtension.class)
class PortalJwtDecodersTests {

	private static final TestTokens tokens = TestTokens.generate();

	@Test
	void withoutConfigurationRefusesEveryTokenAndWarnsOnce(CapturedOutput output) {
		ReactiveJwtDecoder decoder = PortalJwtDecoders.from(properties(null, null, null, null));

		StepVerifier.create(decoder.decode(tokens.token())).expectError(BadJwtException.class).verify();
		assertThat(output.getOut().lines().filter((line) -> line.contains("WARN"))).hasSize(1)
			.allMatch((line) -> line.contains("assistant.portal.public-key-location"));
	}

	@Test
	void acceptsAValidTokenWhenConfigured() {
		ReactiveJwtDecoder decoder = PortalJwtDecoders
			.from(properties(TestTokens.ISSUER, TestTokens.AUDIENCE, null, publicKey()));

		StepVerifier.create(decoder.decode(tokens.token()))
			.assertNext((jwt) -> assertThat(jwt.getClaimAsString("patient")).isEqualTo(TestTokens.PATIENT))
			.verifyComplete();
	}

	@Test
	void forgivesSmallClockDriftOnly() {
		ReactiveJwtDecoder decoder = PortalJwtDecoders
			.from(properties(TestTokens.ISSUER, TestTokens.AUDIENCE, null, publicKey()));

		StepVerifier.create(decoder.decode(expiredSecondsAgo(20))).expectNextCount(1).verifyComplete();
		StepVerifier.create(decoder.decode(expiredSecondsAgo(120))).expectError(BadJwtException.class).verify();
	}

	@Test
	void refusesAKeyWithoutIssuerOrAudience() {
		assertThatIllegalStateException()
			.isThrownBy(() -> PortalJwtDecoders.from(properties(null, TestTokens.AUDIENCE, null, publicKey())))
			.withMessageContaining("assistant.portal.issuer");
		assertThatIllegalStateException()
			.isThrownBy(() -> PortalJwtDecoders.from(properties(TestTokens.ISSUER, " ", null, publicKey())))
			.withMessageContaining("assistant.portal.audience");
	}

	@Test
	void refusesTwoKeySourcesAndUnreadableKeys() {
		assertThatIllegalStateException().isThrownBy(() -> PortalJwtDecoders.from(properties(TestTokens.ISSUER,
				TestTokens.AUDIENCE, URI.create("https://auth.portal.test/jwks"), publicKey())))
			.withMessageContaining("only one");
		assertThatIllegalStateException()
			.isThrownBy(() -> PortalJwtDecoders.from(properties(TestTokens.ISSUER, TestTokens.AUDIENCE, null,
					new ByteArrayResource("not a key".getBytes()))))
			.withMessageContaining("assistant.portal.public-key-location");
	}

	@Test
	void refusesALongClockSkewAndUnknownAlgorithms() {
		assertThatIllegalStateException().isThrownBy(() -> PortalJwtDecoders.from(new PortalProperties(TestTokens.ISSUER,
				TestTokens.AUDIENCE, null, publicKey(), "RS256", Duration.ofHours(1), null, null)))
			.withMessageContaining("clock-skew");
		assertThatIllegalStateException().isThrownBy(() -> PortalJwtDecoders.from(new PortalProperties(TestTokens.ISSUER,
				TestTokens.AUDIENCE, null, publicKey(), "none", Duration.ofSeconds(60), null, null)))
			.withMessageContaining("jws-algorithm");
	}

	private static String expiredSecondsAgo(long seconds) {
		Instant now = Instant.now();
		return tokens.token((claims) -> claims.issueTime(Date.from(now.minusSeconds(600)))
			.expirationTime(Date.from(now.minusSeconds(seconds))));
	}

	private static Resource publicKey() {
		return new DefaultResourceLoader().getResource(tokens.publicKeyLocation());
	}

	private static PortalProperties properties(String issuer, String audience, URI jwkSetUri, Resource key) {
		return new PortalProperties(issuer, audience, jwkSetUri, key, "RS256", Duration.ofSeconds(60), null, null);
	}

}
