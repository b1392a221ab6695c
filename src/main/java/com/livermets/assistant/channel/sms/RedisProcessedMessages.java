package com.livermets.assistant.channel.sms;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.state.RedisState;
import com.livermets.assistant.state.StateUnavailableException;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Each message id processed once across nodes. The first delivery claims the id with
 * {@code SET NX} (for 30 s), then stores its reply under it for
 * {@code assistant.sms.duplicate-window}; a retry that lands on any node while the first
 * is still being answered waits for that reply and sends the same TwiML. A failed
 * delivery deletes its claim, so its retry is processed afresh. The key holds a keyed
 * hash of the id, not the id.
 *
 * <p>
 * When Redis cannot be reached, ids are remembered on this node only ({@code fallback}):
 * a retry on the same node is still answered once.
 */
final class RedisProcessedMessages implements OncePerMessage {

	/** The value while the first delivery is being answered. */
	private static final String PROCESSING = "P";

	/** Prefix of a stored reply: "S" sends nothing, "M" the text that follows. */
	private static final String SILENT = "S";

	private static final String MESSAGE = "M";

	private static final Duration POLL = Duration.ofMillis(50);

	/**
	 * How long a claim holds without a reply: past the provider's 15 s webhook timeout,
	 * and short, so that a node dying mid-answer does not leave the id claimed for the
	 * whole duplicate window.
	 */
	private static final Duration CLAIM = Duration.ofSeconds(30);

	private final RedisState redis;

	private final IdentifierHasher hasher;

	private final Duration window;

	private final long maxPolls;

	private final OncePerMessage fallback;

	/**
	 * @param wait how long a retry waits for the first delivery's reply before it answers
	 * with nothing (the first delivery answers the provider)
	 */
	RedisProcessedMessages(RedisState redis, IdentifierHasher hasher, Duration window, Duration wait,
			OncePerMessage fallback) {
		this.redis = Objects.requireNonNull(redis, "redis");
		this.hasher = Objects.requireNonNull(hasher, "hasher");
		this.window = window;
		this.maxPolls = Math.max(1, wait.toMillis() / POLL.toMillis());
		this.fallback = Objects.requireNonNull(fallback, "fallback");
	}

	@Override
	public Mono<SmsReply> once(String messageKey, Supplier<Mono<SmsReply>> processing) {
		String key = this.redis.key("sms-message", this.hasher.hash("sms-message", messageKey));
		return this.redis.call((redis) -> redis.opsForValue().setIfAbsent(key, PROCESSING, claim()))
			.map(Claim::of)
			.onErrorResume(StateUnavailableException.class, (ex) -> Mono.just(Claim.UNAVAILABLE))
			.flatMap((claim) -> switch (claim) {
				case FIRST -> process(key, processing);
				case TAKEN -> awaitReply(key, messageKey, processing);
				case UNAVAILABLE -> this.fallback.once(messageKey, processing);
			});
	}

	private enum Claim {

		FIRST, TAKEN, UNAVAILABLE;

		static Claim of(Boolean claimed) {
			return Boolean.TRUE.equals(claimed) ? FIRST : TAKEN;
		}

	}

	/**
	 * Runs to the end even if this caller hangs up: a retry will want the reply, and an
	 * opt-out must land.
	 */
	private Mono<SmsReply> process(String key, Supplier<Mono<SmsReply>> processing) {
		return Mono.defer(() -> {
			CompletableFuture<SmsReply> reply = new CompletableFuture<>();
			Mono.defer(processing)
				.switchIfEmpty(Mono.error(() -> new IllegalStateException("processing produced no reply")))
				.flatMap((answer) -> this.redis
					.call((redis) -> redis.opsForValue().set(key, encode(answer), this.window))
					// A reply Redis did not keep still goes out; a retry then waits and
					// sends nothing.
					.onErrorResume((ex) -> Mono.just(false))
					.thenReturn(answer))
				.subscribe(reply::complete,
						(error) -> this.redis.call((redis) -> redis.delete(key))
							.onErrorResume((ex) -> Mono.just(0L))
							.subscribe((deleted) -> reply.completeExceptionally(error)));
			return Mono.fromFuture(reply, true);
		});
	}

	private Mono<SmsReply> awaitReply(String key, String messageKey, Supplier<Mono<SmsReply>> processing) {
		return this.redis.call((redis) -> redis.opsForValue().get(key))
			.defaultIfEmpty("")
			.flatMap((value) -> PROCESSING.equals(value) ? Mono.error(new StillProcessing()) : Mono.just(value))
			.retryWhen(Retry.fixedDelay(this.maxPolls, POLL).filter(StillProcessing.class::isInstance))
			// The first delivery failed and gave its claim back: this one is processed
			// afresh.
			.flatMap((value) -> value.isEmpty() ? once(messageKey, processing) : Mono.just(decode(value)))
			.onErrorResume(Exceptions::isRetryExhausted, (ex) -> Mono.just(SmsReply.silent()))
			// Redis went away while waiting: answered on this node rather than not at
			// all.
			.onErrorResume(StateUnavailableException.class, (ex) -> this.fallback.once(messageKey, processing));
	}

	private Duration claim() {
		return (this.window.compareTo(CLAIM) < 0) ? this.window : CLAIM;
	}

	private static String encode(SmsReply reply) {
		return reply.message().map((text) -> MESSAGE + text).orElse(SILENT);
	}

	private static SmsReply decode(String value) {
		return value.startsWith(MESSAGE) ? SmsReply.message(value.substring(MESSAGE.length())) : SmsReply.silent();
	}

	/** The first delivery is still being answered. */
	private static final class StillProcessing extends RuntimeException {

		StillProcessing() {
			super("the first delivery is still being answered", null, false, false);
		}

	}

}
