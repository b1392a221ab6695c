package com.livermets.assistant.channel.sms;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioSignatureTests {

	static final String TOKEN = "12345678901234567890123456789012";

	static final String URL = "https://assistant.example.org/sms/twilio";

	private final TwilioSignature signature = TwilioSignature.enforced(TOKEN, URL);

	@Test
	void acceptsWhatTwilioSigns() {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
		parameters.put("From", "+15551230000");
		parameters.put("To", "+15559870000");
		parameters.put("Body", "Qué es 肝转移? “quoted” & <b>😀</b>  spaces ");
		parameters.put("NumMedia", "0");
		parameters.put("AccountSid", "AC0123");

		String twilios = TwilioRequests.sign(TOKEN, URL, parameters);

		assertThat(this.signature.accepts(form(parameters), twilios)).isTrue();
	}

	/**
	 * The worked example Twilio publishes (twilio-java's RequestValidatorTest and the
	 * security guide's snippets): a signature computed by Twilio, not by the library
	 * under test, for a URL with a query string.
	 */
	@Test
	void acceptsTwilioPublishedExample() {
		String url = "https://mycompany.com/myapp.php?foo=1&bar=2";
		MultiValueMap<String, String> parameters = form(Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675309",
				"Digits", "1234", "From", "+14158675309", "To", "+18005551212"));
		String published = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

		assertThat(TwilioSignature.enforced("12345", url).accepts(parameters, published)).isTrue();
		assertThat(TwilioSignature.enforced("12346", url).accepts(parameters, published)).isFalse();
		assertThat(TwilioSignature.enforced("12345", url.replace("foo=1", "foo=2")).accepts(parameters, published))
			.isFalse();
	}

	@Test
	void refusesAFormThatRepeatsAName() {
		Map<String, String> parameters = Map.of("MessageSid", "SM1", "From", "+15551230000", "Body", "hello");
		MultiValueMap<String, String> repeated = form(parameters);
		repeated.add("Body", "hello");

		assertThat(this.signature.accepts(repeated, TwilioRequests.sign(TOKEN, URL, parameters))).isFalse();
	}

	@Test
	void refusesATamperedParameterAWrongUrlOrTokenAndNoSignature() {
		Map<String, String> parameters = Map.of("MessageSid", "SM1", "From", "+15551230000", "Body", "hello");
		String genuine = TwilioRequests.sign(TOKEN, URL, parameters);

		assertThat(this.signature.accepts(form(Map.of("MessageSid", "SM1", "From", "+15551230000", "Body", "hellO")),
				genuine))
			.isFalse();
		assertThat(this.signature.accepts(form(parameters),
				TwilioRequests.sign(TOKEN, "http://localhost/sms/twilio", parameters)))
			.isFalse();
		assertThat(
				this.signature.accepts(form(parameters), TwilioRequests.sign(TOKEN.replace('1', '9'), URL, parameters)))
			.isFalse();
		assertThat(this.signature.accepts(form(parameters), null)).isFalse();
		assertThat(this.signature.accepts(form(parameters), "")).isFalse();
	}

	@Test
	void withoutTokenOrUrlNothingIsAccepted() {
		Map<String, String> parameters = Map.of("MessageSid", "SM1");
		TwilioSignature noToken = TwilioSignature.enforced("", URL);
		TwilioSignature noUrl = TwilioSignature.enforced(TOKEN, "");

		assertThat(noToken.accepts(form(parameters), TwilioRequests.sign("x", URL, parameters))).isFalse();
		assertThat(noUrl.accepts(form(parameters), TwilioRequests.sign(TOKEN, "", parameters))).isFalse();
		assertThat(noToken.missingSettings()).containsExactly("assistant.sms.auth-token (or TWILIO_AUTH_TOKEN)");
		assertThat(noUrl.missingSettings()).containsExactly("assistant.sms.public-url");
	}

	@Test
	void disabledValidationAcceptsAnything() {
		assertThat(TwilioSignature.disabled().accepts(form(Map.of()), null)).isTrue();
	}

	@Test
	void theTokenComesFromConfigurationElseFromTwilioAuthToken() {
		MockEnvironment environment = new MockEnvironment().withProperty("TWILIO_AUTH_TOKEN", "from-env");

		assertThat(TwilioSignature.authToken(properties("configured"), environment)).isEqualTo("configured");
		assertThat(TwilioSignature.authToken(properties(""), environment)).isEqualTo("from-env");
		assertThat(TwilioSignature.authToken(properties(""), new MockEnvironment())).isEmpty();
	}

	@Test
	void theTokenIsNeverPrinted() {
		assertThat(properties(TOKEN).toString()).doesNotContain(TOKEN);
	}

	static SmsProperties properties(String token) {
		return new SmsProperties(token, URL, true, Path.of("unused.mv.db"), Duration.ofHours(1), 100);
	}

	private static MultiValueMap<String, String> form(Map<String, String> parameters) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		parameters.forEach(form::add);
		return form;
	}

}
