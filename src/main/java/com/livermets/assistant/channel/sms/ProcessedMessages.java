package com.livermets.assistant.channel.sms;

import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

/**
 * Providers retry a webhook when the answer is slow or lost. Each message id is processed once: a retry, even one
 * arriving while the first delivery is still being answered, shares the first delivery's reply. A failed delivery
 * is not remembered, so its retry is processed afresh.
 */
final class ProcessedMessages {

	private final AsyncCache<String, SmsReply> replies;

	ProcessedMessages(SmsProperties properties, Ticker ticker) {
		this.replies = Caffeine.newBuilder()
			.maximumSize(properties.duplicateMaxSize())
			.expireAfterWrite(properties.duplicateWindow())
			.ticker(ticker)
			.buildAsync();
	}

	Mono<SmsReply> once(String messageKey, Supplier<Mono<SmsReply>> processing) {
		// suppressCancel: one caller hanging up must not cancel the reply another caller waits for.
		return Mono.fromFuture(
				() -> this.replies.get(messageKey, (key, executor) -> Mono.defer(processing).toFuture()), true);
	}

}
