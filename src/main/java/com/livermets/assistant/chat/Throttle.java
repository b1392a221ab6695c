package com.livermets.assistant.chat;

import java.time.Duration;
import java.util.Optional;

import reactor.core.publisher.Mono;

/**
 * A channel's rate limit for one sender, asked only for messages the safety screen let
 * through, so a person in crisis over the limit still gets the crisis reply.
 */
@FunctionalInterface
public interface Throttle {

	/** No limit: for callers that limit elsewhere. */
	Throttle NONE = () -> Mono.just(Optional.empty());

	/**
	 * Counts one message; empty when it may go ahead, else how long the sender should
	 * wait. Reactive, because the count may be shared by every node (in Redis).
	 */
	Mono<Optional<Duration>> tryAcquire();

}
