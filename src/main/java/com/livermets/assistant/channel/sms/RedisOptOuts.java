package com.livermets.assistant.channel.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.livermets.assistant.state.RedisState;
import com.livermets.assistant.state.StateUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Opt-outs shared by every node: one Redis hash, {@code <prefix>sms:opt-outs}, from phone
 * HMAC to the time of the opt-out (epoch milliseconds, for audits), so a STOP received by
 * one node silences all of them. Redis must persist it (AOF, docs/deployment.md says
 * which setting and why).
 *
 * <p>
 * Fails closed, as the embedded list does. A sender Redis cannot answer for counts as
 * opted out. An opt-out Redis refuses is honoured by this node at once (held in memory),
 * counted in {@code assistant.sms.suppression.failures}, and written again in the
 * background with a growing wait until Redis takes it; the sender gets no reply either
 * way, so the provider sees a success and does not retry what this node already keeps.
 */
final class RedisOptOuts implements OptOuts {

	private static final Logger logger = LoggerFactory.getLogger(RedisOptOuts.class);

	private static final Duration MAX_RETRY_WAIT = Duration.ofMinutes(1);

	private final RedisState redis;

	private final String key;

	private final Clock clock;

	private final Duration firstRetry;

	/** Opt-outs taken but not (yet) in Redis: honoured by this node meanwhile. */
	private final Set<String> unsaved = ConcurrentHashMap.newKeySet();

	private final LongAdder failures = new LongAdder();

	RedisOptOuts(RedisState redis, Clock clock, Duration firstRetry) {
		this.redis = Objects.requireNonNull(redis, "redis");
		this.key = redis.key("sms", "opt-outs");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.firstRetry = Objects.requireNonNull(firstRetry, "firstRetry");
	}

	@Override
	public Mono<Boolean> contains(String senderKey) {
		if (this.unsaved.contains(senderKey)) {
			return Mono.just(true);
		}
		return this.redis.call((redis) -> redis.opsForHash().hasKey(this.key, senderKey)).onErrorResume((ex) -> {
			this.failures.increment();
			return Mono.just(true);
		});
	}

	@Override
	public Mono<Void> add(String senderKey) {
		return Mono.defer(() -> {
			this.unsaved.add(senderKey);
			return write(senderKey).onErrorResume(StateUnavailableException.class, (ex) -> {
				this.failures.increment();
				retryInBackground(senderKey);
				return Mono.empty();
			});
		});
	}

	@Override
	public Mono<Void> remove(String senderKey) {
		return Mono.defer(() -> {
			// The opt-in wins over an opt-out still waiting to be written: the retry sees
			// it gone and stops.
			boolean wasUnsaved = this.unsaved.remove(senderKey);
			return this.redis.call((redis) -> redis.opsForHash().remove(this.key, senderKey))
				.then()
				.onErrorResume(StateUnavailableException.class, (ex) -> {
					this.failures.increment();
					if (wasUnsaved) {
						this.unsaved.add(senderKey);
					}
					// Still opted out in Redis, so the sender stays opted out everywhere.
					return Mono.error(new SuppressionStoreException("write", ex));
				});
		});
	}

	/** Copies opt-outs of the embedded store, keeping those Redis has already. */
	Mono<Long> importAll(Map<String, Long> optOuts) {
		return Flux.fromIterable(optOuts.entrySet())
			.concatMap((optOut) -> this.redis.call((redis) -> redis.opsForHash()
				.putIfAbsent(this.key, optOut.getKey(), Long.toString(optOut.getValue()))))
			.filter(Boolean::booleanValue)
			.count();
	}

	/** Reads and writes that failed since startup. */
	long failures() {
		return this.failures.sum();
	}

	/** Opt-outs honoured by this node that Redis does not hold yet. */
	int unsaved() {
		return this.unsaved.size();
	}

	private Mono<Void> write(String senderKey) {
		return this.redis
			.call((redis) -> redis.opsForHash().put(this.key, senderKey, Long.toString(this.clock.millis())))
			.doOnSuccess((written) -> this.unsaved.remove(senderKey))
			.then();
	}

	private void retryInBackground(String senderKey) {
		logger.warn("An SMS opt-out could not be written to Redis; honoured on this node and retried");
		Mono.defer(() -> this.unsaved.contains(senderKey) ? write(senderKey) : Mono.<Void>empty())
			.doOnError((ex) -> this.failures.increment())
			.retryWhen(Retry.backoff(Long.MAX_VALUE, this.firstRetry).maxBackoff(MAX_RETRY_WAIT))
			.subscribe(null,
					(ex) -> logger.error("An SMS opt-out retry stopped ({}); still honoured on this node",
							ex.getClass().getSimpleName()),
					() -> logger.info("An SMS opt-out held on this node is now in Redis"));
	}

}
