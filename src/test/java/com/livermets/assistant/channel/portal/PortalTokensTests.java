package com.livermets.assistant.channel.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The decoder Spring Boot builds from
 * {@code spring.security.oauth2.resourceserver.jwt.*}, with the portal's rules
 * ({@link PortalTokens}) added, decoding tokens of a test authorization server.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortalTokensTests {

	private static final TestTokens tokens = TestTokens.generate();

	private static final String KEY = "spring.security.oauth2.resourceserver.jwt.public-key-location=";

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReactiveOAuth2ResourceServerAutoConfiguration.class))
		.withUserConfiguration(Portal.class);

	private final String[] configured = { KEY + tokens.publicKeyLocation(),
			"spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE,
			"assistant.portal.issuer=" + TestTokens.ISSUER };

	@Test
	void withoutConfigurationBootBuildsNoDecoderAndThePortalRefusesEveryTokenWarningOnce(CapturedOutput output) {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(ReactiveJwtDecoder.class);
			ReactiveJwtDecoder decoder = PortalTokens.refusingEveryToken();

			StepVerifier.create(decoder.decode(tokens.token())).expectError(BadJwtException.class).verify();
			assertThat(output.getOut().lines().filter((line) -> line.contains("WARN"))).hasSize(1)
				.allMatch((line) -> line.contains("spring.security.oauth2.resourceserver.jwt.public-key-location"));
		});
	}

	@Test
	void acceptsAValidTokenWhenConfigured() {
		this.runner.withPropertyValues(this.configured).run((context) -> {
			StepVerifier.create(context.getBean(ReactiveJwtDecoder.class).decode(tokens.token()))
				.assertNext((jwt) -> assertThat(jwt.getClaimAsString("patient")).isEqualTo(TestTokens.PATIENT))
				.verifyComplete();
		});
	}

	@Test
	void refusesOtherIssuersAudiencesKeysAndTokensWithoutExpiry() {
		TestTokens otherServer = TestTokens.generate();
		this.runner.withPropertyValues(this.configured).run((context) -> {
			ReactiveJwtDecoder decoder = context.getBean(ReactiveJwtDecoder.class);
			for (String token : List.of(tokens.token((claims) -> claims.issuer("https://other.test")),
					tokens.token((claims) -> claims.audience("https://other.test/fhir")),
					tokens.token((claims) -> claims.expirationTime(null)), otherServer.token())) {
				StepVerifier.create(decoder.decode(token)).expectError(BadJwtException.class).verify();
			}
		});
	}

	@Test
	void acceptsRfc9068AccessTokenType() {
		this.runner.withPropertyValues(this.configured).run((context) -> {
			StepVerifier.create(context.getBean(ReactiveJwtDecoder.class).decode(tokens.accessToken()))
				.expectNextCount(1)
				.verifyComplete();
		});
	}

	@Test
	void forgivesSmallClockDriftOnlyAsConfigured() {
		this.runner.withPropertyValues(this.configured).run((context) -> {
			ReactiveJwtDecoder decoder = context.getBean(ReactiveJwtDecoder.class);
			StepVerifier.create(decoder.decode(expiredSecondsAgo(20))).expectNextCount(1).verifyComplete();
			StepVerifier.create(decoder.decode(expiredSecondsAgo(120)))
				.expectError(JwtValidationException.class)
				.verify();
		});
		this.runner.withPropertyValues(this.configured)
			.withPropertyValues("assistant.portal.clock-skew=180s")
			.run((context) -> StepVerifier
				.create(context.getBean(ReactiveJwtDecoder.class).decode(expiredSecondsAgo(120)))
				.expectNextCount(1)
				.verifyComplete());
	}

	@Test
	void aKeyWithoutIssuerOrAudienceStopsStartupNamingTheSetting() {
		this.runner
			.withPropertyValues(KEY + tokens.publicKeyLocation(),
					"spring.security.oauth2.resourceserver.jwt.audiences=" + TestTokens.AUDIENCE)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("assistant.portal.issuer"));
		this.runner.withPropertyValues(KEY + tokens.publicKeyLocation(), "assistant.portal.issuer=" + TestTokens.ISSUER)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences"));
	}

	@Test
	void twoKeySourcesIssuerDiscoveryALongSkewAndUnknownAlgorithmsStopStartup() {
		this.runner.withPropertyValues(this.configured)
			.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jwk-set-uri=https://auth.portal.test/jwks")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("only one"));
		this.runner.withPropertyValues(this.configured)
			.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=" + TestTokens.ISSUER)
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("issuer-uri"));
		this.runner.withPropertyValues(this.configured)
			.withPropertyValues("assistant.portal.clock-skew=1h")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("clock-skew"));
		this.runner.withPropertyValues(this.configured)
			.withPropertyValues("spring.security.oauth2.resourceserver.jwt.jws-algorithms=none")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("jws-algorithms"));
	}

	private static String expiredSecondsAgo(long seconds) {
		Instant now = Instant.now();
		return tokens.token((claims) -> claims.issueTime(Date.from(now.minusSeconds(600)))
			.expirationTime(Date.from(now.minusSeconds(seconds))));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PortalProperties.class)
	static class Portal extends PortalTokens {

		/** Stands in for PortalSecurity's chains, so Boot adds none of its own. */
		@Bean
		SecurityWebFilterChain chain() {
			return mock(SecurityWebFilterChain.class);
		}

	}

}
