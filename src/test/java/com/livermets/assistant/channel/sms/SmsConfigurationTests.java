package com.livermets.assistant.channel.sms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.livermets.assistant.content.Wording;
import com.livermets.assistant.content.Wordings;
import com.livermets.assistant.ratelimit.RateLimitFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(OutputCaptureExtension.class)
class SmsConfigurationTests {

	private final SmsConfiguration configuration = new SmsConfiguration();

	@Test
	void withoutATokenOneWarningSaysSmsIsNotConfigured(CapturedOutput output) {
		TwilioSignature signature = this.configuration.twilioSignature(properties("", "", true), new MockEnvironment());

		assertThat(signature.isConfigured()).isFalse();
		assertThat(output.getOut().lines().filter((line) -> line.contains("WARN"))).singleElement()
			.asString()
			.contains("SMS is not configured")
			.contains("assistant.sms.auth-token")
			.contains("assistant.sms.public-url");
	}

	@Test
	void configuredValidationLogsNoWarning(CapturedOutput output) {
		TwilioSignature signature = this.configuration.twilioSignature(
				properties("", "https://example.org/sms/twilio", true),
				new MockEnvironment().withProperty("TWILIO_AUTH_TOKEN", "secret"));

		assertThat(signature.isConfigured()).isTrue();
		assertThat(output.getOut()).doesNotContain("WARN");
	}

	@Test
	void disabledValidationIsAnnouncedAsLocalDevelopmentOnly(CapturedOutput output) {
		TwilioSignature signature = this.configuration.twilioSignature(properties("", "", false),
				new MockEnvironment());

		assertThat(signature.isEnforced()).isFalse();
		assertThat(output.getOut()).contains("NOT checked").contains("local development");
	}

	@Test
	void aHelpTextTooLongForOneMessageStopsStartupNamingTheFileAndLine() {
		Wording wording = Wordings.with(Map.of(Wording.Key.SMS_HELP, "help ".repeat(80)));

		assertThatIllegalStateException()
			.isThrownBy(() -> this.configuration.smsConversation(null, wording, null, null, null,
					RateLimitFixtures.perPhonePerHour(10, "x")))
			.withMessageContaining(wording.where(Wording.Key.SMS_HELP))
			.withMessageContaining("'sms-help' is too long");
	}

	private static SmsProperties properties(String token, String url, boolean validate) {
		return new SmsProperties(token, url, validate, Path.of("unused.mv.db"), Duration.ofHours(1), 100);
	}

}
