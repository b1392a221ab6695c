package com.livermets.assistant.channel.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.MultiValueMap;

/**
 * Checks {@code X-Twilio-Signature}: Base64(HMAC-SHA1(auth token, public URL + each parameter's name and value,
 * sorted by name)). Without a token or URL no call is genuine; validation is skipped only when explicitly disabled.
 */
final class TwilioSignature {

	private static final String ALGORITHM = "HmacSHA1";

	private final SecretKeySpec key;

	private final String url;

	private final boolean enforced;

	private TwilioSignature(String authToken, String url, boolean enforced) {
		this.key = authToken.isEmpty() ? null
				: new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), ALGORITHM);
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
		return this.key != null && !this.url.isEmpty();
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
		byte[] expected = sign(parameters).getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
	}

	String sign(MultiValueMap<String, String> parameters) {
		StringBuilder data = new StringBuilder(this.url);
		List<String> names = new ArrayList<>(parameters.keySet());
		names.sort(null);
		for (String name : names) {
			List<String> values = new ArrayList<>(parameters.getOrDefault(name, List.of()));
			values.sort(null);
			values.forEach((value) -> data.append(name).append(value));
		}
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is unavailable", ex);
		}
	}

	/** What is missing for validation to work, for the startup warning; empty when configured. */
	List<String> missingSettings() {
		List<String> missing = new ArrayList<>();
		if (this.key == null) {
			missing.add("assistant.sms.auth-token (or TWILIO_AUTH_TOKEN)");
		}
		if (this.url.isEmpty()) {
			missing.add("assistant.sms.public-url");
		}
		return missing;
	}

	/** The configured token, else Twilio's conventional {@code TWILIO_AUTH_TOKEN} variable. */
	static String authToken(SmsProperties properties, PropertyResolver environment) {
		String configured = properties.authToken().strip();
		return configured.isEmpty() ? environment.getProperty("TWILIO_AUTH_TOKEN", "").strip() : configured;
	}

}
