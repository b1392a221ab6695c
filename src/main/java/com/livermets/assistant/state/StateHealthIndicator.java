package com.livermets.assistant.state;

import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Part of readiness. Without Redis a node still answers every message (single-turn,
 * safety replies included), so it reports {@link #DEGRADED}, which answers 200, rather
 * than DOWN: when every replica loses the same Redis, DOWN would take all of them out of
 * the Service and nobody would get an answer, not even a crisis reply. The status and the
 * {@code assistant.state.redis.failures} metric make the degradation visible instead.
 */
final class StateHealthIndicator extends AbstractReactiveHealthIndicator {

	/** Serving, without the shared state. Mapped to HTTP 200 in application.yml. */
	static final Status DEGRADED = new Status("DEGRADED", "Redis does not answer; turns are single-turn");

	private final RedisState redis;

	/**
	 * @param redis {@code null} for the embedded store, which has nothing to check
	 */
	StateHealthIndicator(RedisState redis) {
		super("State health check failed");
		this.redis = redis;
	}

	@Override
	protected Mono<Health> doHealthCheck(Health.Builder builder) {
		if (this.redis == null) {
			return Mono.just(builder.up().withDetail("store", "embedded").build());
		}
		return this.redis.call((template) -> template.execute((connection) -> connection.ping()).next())
			.map((pong) -> builder.up().withDetail("store", "redis").build())
			.onErrorResume((ex) -> Mono.just(builder.status(DEGRADED)
				.withDetail("store", "redis")
				.withDetail("redis", "unreachable")
				.withDetail("error", ex.getClass().getSimpleName())
				.build()));
	}

}
