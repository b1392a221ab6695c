package com.livermets.assistant.channel.sms;

import java.lang.reflect.Method;
import java.util.Map;

import com.twilio.security.RequestValidator;

/**
 * Signs requests exactly as Twilio does, with Twilio's own helper library. Its signing
 * method is private (the library is meant to validate, not to sign), so it is called
 * reflectively; every signature is then checked with the library's public
 * {@code validate}, so a change in the library fails loudly rather than silently.
 */
final class TwilioRequests {

	private TwilioRequests() {
	}

	static String sign(String authToken, String url, Map<String, String> parameters) {
		RequestValidator validator = new RequestValidator(authToken);
		try {
			Method signer = RequestValidator.class.getDeclaredMethod("getValidationSignature", String.class, Map.class);
			signer.setAccessible(true);
			String signature = (String) signer.invoke(validator, url, parameters);
			if (!validator.validate(url, parameters, signature)) {
				throw new IllegalStateException("Twilio's validator rejects its own signature");
			}
			return signature;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Twilio's RequestValidator has changed", ex);
		}
	}

}
