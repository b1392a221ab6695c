package com.livermets.assistant.channel.sms;

import java.util.Objects;

import com.livermets.assistant.privacy.IdentifierHasher;

/**
 * One authenticated text message from any SMS provider, after the sender's number has
 * been hashed. It never holds a phone number.
 *
 * @param gateway the provider's name, e.g. {@code twilio}; keeps message ids of two
 * providers apart
 * @param messageId the provider's unique id of the message; a retried delivery repeats it
 * @param senderKey the HMAC of the sender's number, used as session key and for the
 * suppression list
 * @param body the text as the user typed it
 */
public record InboundSms(String gateway, String messageId, String senderKey, String body) {

	/**
	 * Namespace of phone-number hashes, shared by every SMS provider so one phone keeps
	 * one conversation.
	 */
	static final String PHONE_NAMESPACE = "sms";

	public InboundSms {
		Objects.requireNonNull(gateway, "gateway");
		Objects.requireNonNull(messageId, "messageId");
		Objects.requireNonNull(senderKey, "senderKey");
		Objects.requireNonNull(body, "body");
	}

	/** Hashes {@code phoneNumber} at once, so no later step can store or log it. */
	public static InboundSms received(IdentifierHasher hasher, String gateway, String messageId, String phoneNumber,
			String body) {
		return new InboundSms(gateway, messageId, hasher.hash(PHONE_NAMESPACE, phoneNumber.strip()), body);
	}

}
