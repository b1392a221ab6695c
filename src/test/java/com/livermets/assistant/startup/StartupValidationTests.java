package com.livermets.assistant.startup;

import com.livermets.assistant.chat.ChatProperties;
import com.livermets.assistant.http.HttpProperties;
import com.livermets.assistant.nlu.NluProperties;
import com.livermets.assistant.ratelimit.RateLimitProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bad setting stops the service with a message that names it;
 * {@link StartupFailureIntegrationTests} starts the whole service with a bad setting or
 * content file.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupValidationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ RateLimitProperties.class, HttpProperties.class, NluProperties.class,
			ChatProperties.class })
	static class Settings {

	}

	@Test
	void defaultsAreSafe() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			RateLimitProperties limits = context.getBean(RateLimitProperties.class);
			assertThat(limits.perSession().limit()).isEqualTo(30);
			assertThat(limits.perClient().limit()).isEqualTo(60);
			assertThat(limits.perPhone().limit()).isEqualTo(10);
			assertThat(limits.trustedProxies()).isEmpty();
			assertThat(context.getBean(HttpProperties.class).maxBodySize().toKilobytes()).isEqualTo(64);
		});
	}

	/**
	 * Boot names nested record fields in camel case ("perSession.limit"), top-level ones
	 * as written.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					assistant.rate-limit.per-session.limit=-1        | assistant.rate-limit | perSession.limit
					assistant.rate-limit.per-client.window=0s        | assistant.rate-limit | perClient.window
					assistant.rate-limit.per-phone.limit=0           | assistant.rate-limit | perPhone.limit
					assistant.rate-limit.max-tracked-keys=0          | assistant.rate-limit | maxTrackedKeys
					assistant.rate-limit.trusted-proxies=proxy.local | assistant.rate-limit | trusted-proxies: 'proxy.local' is not an IP address or CIDR range
					assistant.http.max-body-size=10B                 | assistant.http       | max-body-size must be at least 1KB
					assistant.http.content-security-policy=          | assistant.http       | contentSecurityPolicy
					assistant.nlu.confidence-threshold=2.0           | assistant.nlu        | confidenceThreshold
					assistant.chat.max-message-length=-5             | assistant.chat       | maxMessageLength
					""")
	void aBadValueFailsNamingTheProperty(String setting, String prefix, String property) {
		this.runner.withPropertyValues(setting).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(messages(context.getStartupFailure())).contains(prefix).contains(property);
		});
	}

	private static String messages(Throwable failure) {
		StringBuilder all = new StringBuilder();
		for (Throwable t = failure; t != null; t = t.getCause()) {
			all.append(t.getMessage()).append('\n');
		}
		return all.toString();
	}

}
