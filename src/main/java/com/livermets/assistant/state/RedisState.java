package com.livermets.assistant.state;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The one way into Redis for every module: each command is bounded by
 * {@code assistant.state.redis.command-timeout}, and whether Redis answered last is
 * remembered for the readiness check and logged once per change, never per turn. Keys are
 * built here so every one carries the deployment's prefix; callers pass only hashes and
 * message ids, never a phone number or a message.
 */
public final class RedisState {

	private static final Logger logger = LoggerFactory.getLogger(RedisState.class);

	private final ReactiveStringRedisTemplate redis;

	private final Duration timeout;

	private final String prefix;

	private final AtomicBoolean reachable = new AtomicBoolean(true);

	private final LongAdder failures = new LongAdder();

	public RedisState(ReactiveStringRedisTemplate redis, StateProperties.Redis properties) {
		this.redis = Objects.requireNonNull(redis, "redis");
		this.timeout = properties.commandTimeout();
		this.prefix = properties.keyPrefix();
	}

	/** {@code prefix + kind + ":" + id}, e.g. {@code assistant:conversation:<hash>}. */
	public String key(String kind, String id) {
		return this.prefix + kind + ":" + id;
	}

	/**
	 * Runs commands against Redis within the command timeout. A failure or timeout is
	 * passed on as {@link StateUnavailableException} (callers decide how to degrade) and
	 * marks Redis unreachable until a command succeeds again.
	 */
	public <T> Mono<T> call(Function<ReactiveStringRedisTemplate, Mono<T>> commands) {
		return Mono.defer(() -> commands.apply(this.redis))
			.timeout(this.timeout)
			.doOnSuccess((ignored) -> answered())
			.doOnError(this::failed)
			.onErrorMap(StateUnavailableException::new);
	}

	public ReactiveStringRedisTemplate template() {
		return this.redis;
	}

	/** Whether the last command got an answer. */
	public boolean reachable() {
		return this.reachable.get();
	}

	/** Commands that failed or timed out since startup. */
	public long failures() {
		return this.failures.sum();
	}

	private void answered() {
		if (this.reachable.compareAndSet(false, true)) {
			logger.info("Redis answers again; shared state resumes");
		}
	}

	private void failed(Throwable error) {
		this.failures.increment();
		if (this.reachable.compareAndSet(true, false)) {
			// The error's class only: a message could echo a key, and keys hold hashes.
			logger.warn("Redis does not answer ({}); turns go on single-turn, limits per node, SMS fails closed",
					error.getClass().getSimpleName());
		}
	}

}
