package com.livermets.assistant.safety;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety settings have safe defaults, and a bad emergency number stops the service
 * instead of being sent.
 */
class SafetyPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Enable.class);

	@Test
	void defaultsReadThePackagedFilesAndUse911() {
		this.runner
			.run((context) -> assertThat(context.getBean(SafetyProperties.class)).isEqualTo(SafetyFixtures.DEFAULTS));
	}

	@Test
	void emergencyNumberCanBeChanged() {
		this.runner.withPropertyValues("assistant.safety.emergency-number=112")
			.run((context) -> assertThat(context.getBean(SafetyProperties.class).emergencyNumber()).isEqualTo("112"));
	}

	@Test
	void emergencyNumberThatIsNotANumberIsRefused() {
		this.runner.withPropertyValues("assistant.safety.emergency-number=call us")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("emergencyNumber"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SafetyProperties.class)
	static class Enable {

	}

}
