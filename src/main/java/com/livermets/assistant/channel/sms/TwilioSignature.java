package com.livermets.assistant.channel.sms;

import java.util.ArrayList;
import java.util.List;

import com.twilio.security.RequestValidator;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.MultiValueMap;

/**
 * Checks {@code X-Twilio-Signature} with Twilio's own {@link RequestValidator} (HMAC-SHA1
 * of the public URL and the sorted parameters, compared in constant time), so the scheme
 * follows Twilio's library rather than our reading of its documentation. The URL is the
 * configured public one, never the request's: behind a proxy the service sees another.
 * Without a token or URL no call is genuine; validation is skipped only when explicitly
 * disabled. The check is pure computation (no I/O), so it runs on the event loop.
 */
final class TwilioSignature {

	private final RequestValidator validator;

	private final String url;

	private final boolean enforced;

	private TwilioSignature(String authToken, String url, boolean enforced) {
		this.validator = authToken.isEmpty() ? null : new RequestValidator(authToken);
		this.url = url;
		this.enforced = enforced;
	}

	static TwilioSignature enforced(String authToken, String publicUrl) {
		return new TwilioSignature(authToken, publicUrl, true);
	}

	/** For local development only: every call is accepted. */
	static TwilioSignature disabled() {
		return new TwilioSignature("", "", false);
	}

	boolean isConfigured() {
		return this.validator != null && !this.url.isEmpty();
	}

	boolean isEnforced() {
		return this.enforced;
	}

	boolean accepts(MultiValueMap<String, String> parameters, String signature) {
		if (!this.enforced) {
			return true;
		}
		if (!isConfigured() || signature == null || signature.isEmpty()) {
			return false;
		}
		// Twilio's validator takes one value per name. Twilio's messaging parameters all
		// have distinct names
		// (MediaUrl0, MediaUrl1, ...), so a form that repeats a name is not Twilio's.
		boolean repeatsAName = parameters.values().stream().anyMatch((values) -> values.size() != 1);
		return !repeatsAName && this.validator.validate(this.url, parameters.toSingleValueMap(), signature);
	}

	/**
	 * What is missing for validation to work, for the startup warning; empty when
	 * configured.
	 */
	List<String> missingSettings() {
		List<String> missing = new ArrayList<>();
		if (this.validator == null) {
			missing.add("assistant.sms.auth-token (or TWILIO_AUTH_TOKEN)");
		}
		if (this.url.isEmpty()) {
			missing.add("assistant.sms.public-url");
		}
		return missing;
	}

	/**
	 * The configured token, else Twilio's conventional {@code TWILIO_AUTH_TOKEN}
	 * variable.
	 */
	static String authToken(SmsProperties properties, PropertyResolver environment) {
		String configured = properties.authToken().strip();
		return configured.isEmpty() ? environment.getProperty("TWILIO_AUTH_TOKEN", "").strip() : configured;
	}

}
