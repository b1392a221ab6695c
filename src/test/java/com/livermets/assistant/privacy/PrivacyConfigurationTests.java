package com.livermets.assistant.privacy;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The public default hash key is for a developer's machine only. */
class PrivacyConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class,
			PrivacyConfiguration.class);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PrivacyProperties.class)
	static class Settings {

	}

	@Test
	void theDefaultKeyStopsStartupNamingTheSettingWithoutTheDevProfile() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("assistant.privacy.hash-key")
				.hasMessageContaining("ASSISTANT_PRIVACY_HASH_KEY");
		});
	}

	@Test
	void theDefaultKeyIsAcceptedWithTheDevProfile() {
		this.runner.withPropertyValues("spring.profiles.active=dev")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(IdentifierHasher.class));
	}

	@Test
	void aKeyOfOurOwnIsAcceptedWithoutAnyProfile() {
		this.runner.withPropertyValues("assistant.privacy.hash-key=a-secret-of-our-own-1234")
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(IdentifierHasher.class));
	}

}
