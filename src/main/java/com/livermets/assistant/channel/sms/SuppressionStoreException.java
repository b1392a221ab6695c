package com.livermets.assistant.channel.sms;

/** The opt-out store could not read or write; its message never names a sender. */
final class SuppressionStoreException extends RuntimeException {

	SuppressionStoreException(String operation, Throwable cause) {
		super("SMS suppression store " + operation + " failed", cause);
	}

}
