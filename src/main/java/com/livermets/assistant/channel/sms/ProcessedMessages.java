package com.livermets.assistant.channel.sms;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

/**
 * Providers retry a webhook when the answer is slow or lost. Each message id is processed
 * once: a retry, even one arriving while the first delivery is still being answered,
 * shares the first delivery's reply. A failed delivery is forgotten before its failure is
 * reported, so its retry is processed afresh.
 */
final class ProcessedMessages implements OncePerMessage {

	private final AsyncCache<String, SmsReply> replies;

	ProcessedMessages(SmsProperties properties, Ticker ticker) {
		this.replies = Caffeine.newBuilder()
			.maximumSize(properties.duplicateMaxSize())
			.expireAfterWrite(properties.duplicateWindow())
			.ticker(ticker)
			.buildAsync();
	}

	/** For the cache metrics. */
	AsyncCache<String, SmsReply> cache() {
		return this.replies;
	}

	@Override
	public Mono<SmsReply> once(String messageKey, Supplier<Mono<SmsReply>> processing) {
		return Mono.defer(() -> {
			CompletableFuture<SmsReply> reply = new CompletableFuture<>();
			CompletableFuture<SmsReply> earlier = this.replies.asMap().putIfAbsent(messageKey, reply);
			if (earlier != null) {
				return shared(earlier);
			}
			// Runs to the end even if this caller hangs up: a retry will want the reply,
			// and an opt-out must land.
			Mono.defer(processing)
				.switchIfEmpty(Mono.error(() -> new IllegalStateException("processing produced no reply")))
				.subscribe(reply::complete, (error) -> {
					this.replies.asMap().remove(messageKey, reply);
					reply.completeExceptionally(error);
				});
			return shared(reply);
		});
	}

	/** One caller hanging up must not cancel the reply another caller waits for. */
	private static Mono<SmsReply> shared(CompletableFuture<SmsReply> reply) {
		return Mono.fromFuture(reply, true);
	}

}
