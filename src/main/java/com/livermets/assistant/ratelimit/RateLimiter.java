package com.livermets.assistant.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.content.Wording;
import reactor.core.publisher.Mono;

/**
 * One limit (per session, per client address or per phone): a token bucket per key, held
 * in a bounded Caffeine cache, or in Redis when the state store is shared. A bucket
 * untouched for a whole window is full again, so forgetting it then loses nothing.
 */
public final class RateLimiter {

	private final String name;

	private final int capacity;

	private final long nanosPerToken;

	private final Ticker ticker;

	private final Cache<String, TokenBucket> buckets;

	private final Wording wording;

	private final boolean enabled;

	private final LongAdder rejected = new LongAdder();

	private final LongAdder localFallbacks = new LongAdder();

	private final SharedBuckets shared;

	RateLimiter(String name, RateLimitProperties.Rate rate, long maxKeys, Ticker ticker, Wording wording,
			boolean enabled) {
		this(name, rate, maxKeys, ticker, wording, enabled, null);
	}

	/**
	 * @param shared buckets every node counts in, or {@code null} to count on this node
	 * only; when they cannot be reached this node's own buckets count instead
	 */
	RateLimiter(String name, RateLimitProperties.Rate rate, long maxKeys, Ticker ticker, Wording wording,
			boolean enabled, SharedBuckets shared) {
		this.shared = shared;
		this.name = Objects.requireNonNull(name, "name");
		this.enabled = enabled;
		this.wording = Objects.requireNonNull(wording, "wording");
		this.capacity = rate.limit();
		this.nanosPerToken = Math.max(1, rate.window().toNanos() / rate.limit());
		this.ticker = Objects.requireNonNull(ticker, "ticker");
		this.buckets = Caffeine.newBuilder()
			.maximumSize(maxKeys)
			.expireAfterAccess(rate.window())
			.ticker(ticker)
			.recordStats()
			.build();
	}

	/**
	 * Counts one message for {@code key}.
	 * @param key a hashed session key, phone hash or client address; never a raw phone
	 * number
	 * @return empty when the message may go ahead, else how long the sender should wait
	 */
	public Optional<Duration> tryAcquire(String key) {
		Objects.requireNonNull(key, "key");
		if (!this.enabled) {
			return Optional.empty();
		}
		long now = this.ticker.read();
		long wait = this.buckets.get(key, (k) -> new TokenBucket(this.capacity, this.nanosPerToken, now)).tryTake(now);
		if (wait == 0) {
			return Optional.empty();
		}
		this.rejected.increment();
		return Optional.of(Duration.ofNanos(wait));
	}

	/**
	 * Counts one message for {@code key} in the shared buckets when there are some (so
	 * the limit holds across nodes), else, or when they fail, on this node.
	 * @param key a hashed session key, phone hash or client address; never a raw phone
	 * number
	 * @return empty when the message may go ahead, else how long the sender should wait
	 */
	public Mono<Optional<Duration>> acquire(String key) {
		Objects.requireNonNull(key, "key");
		if (!this.enabled || this.shared == null) {
			return Mono.fromSupplier(() -> tryAcquire(key));
		}
		return this.shared.take(this.name, key, this.capacity, this.nanosPerToken).map((wait) -> {
			if (wait == 0) {
				return Optional.<Duration>empty();
			}
			this.rejected.increment();
			return Optional.of(Duration.ofNanos(wait));
		}).onErrorResume((ex) -> {
			this.localFallbacks.increment();
			return Mono.fromSupplier(() -> tryAcquire(key));
		});
	}

	/**
	 * Like {@link #tryAcquire(String)}, but throws the 429 problem the web API answers
	 * with.
	 */
	public void acquireOrThrow(String key) {
		tryAcquire(key).ifPresent((wait) -> {
			throw exceeded(wait);
		});
	}

	/**
	 * The 429 problem the web API and the portal answer with, for a sender who must wait
	 * {@code wait}.
	 */
	public RateLimitedException exceeded(Duration wait) {
		return new RateLimitedException(this.name, wait, this.wording);
	}

	String name() {
		return this.name;
	}

	long rejected() {
		return this.rejected.sum();
	}

	/** Messages counted on this node because the shared buckets failed. */
	long localFallbacks() {
		return this.localFallbacks.sum();
	}

	Cache<String, TokenBucket> buckets() {
		return this.buckets;
	}

}
