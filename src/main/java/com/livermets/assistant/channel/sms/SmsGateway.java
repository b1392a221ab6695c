package com.livermets.assistant.channel.sms;

import reactor.core.publisher.Mono;

import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * One SMS provider's webhook dialect. Twilio is one; another provider (e.g. Vonage) is
 * added by declaring another bean of this type: the conversation rules and the chat
 * pipeline stay untouched.
 */
public interface SmsGateway {

	/** Short lowercase name, e.g. {@code twilio}. */
	String name();

	/** The path the provider posts inbound messages to, e.g. {@code /sms/twilio}. */
	String webhookPath();

	/**
	 * Authenticates one webhook call and reads its message, hashing the sender's number
	 * at once. Fails with {@link RejectedWebhook} when the call is not genuine (403) or
	 * malformed (4xx).
	 */
	Mono<InboundSms> read(ServerRequest request);

	/**
	 * Answers the webhook call with {@code reply}: inline (Twilio's TwiML) or by the
	 * provider's send API.
	 */
	Mono<ServerResponse> answer(SmsReply reply);

}
