package com.livermets.assistant.channel.sms;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;

/**
 * Providers retry a webhook when the answer is slow or lost: each message id is processed
 * once, and a retry gets the first delivery's reply. In this process
 * ({@link ProcessedMessages}) or across nodes ({@link RedisProcessedMessages}).
 */
interface OncePerMessage {

	/**
	 * The reply to the message {@code messageKey}: {@code processing}'s, run only for the
	 * first delivery; a retry shares it.
	 */
	Mono<SmsReply> once(String messageKey, Supplier<Mono<SmsReply>> processing);

}
