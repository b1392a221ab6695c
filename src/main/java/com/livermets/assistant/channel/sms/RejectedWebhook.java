package com.livermets.assistant.channel.sms;

import org.springframework.http.HttpStatus;

/**
 * A webhook call the service will not process: not genuine or malformed. Answered with a
 * bare status code; the reason is for the log and names no message text or number.
 */
public final class RejectedWebhook extends RuntimeException {

	private final HttpStatus status;

	public RejectedWebhook(HttpStatus status, String reason) {
		// No stack trace: these are expected and may come in floods.
		super(reason, null, false, false);
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

}
