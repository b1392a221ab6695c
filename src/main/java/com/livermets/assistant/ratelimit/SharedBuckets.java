package com.livermets.assistant.ratelimit;

import reactor.core.publisher.Mono;

/**
 * Token buckets that every node counts in, so that a sender's limit holds however the
 * load balancer spreads their messages. Fails when the buckets cannot be reached; the
 * limiter then counts on this node alone.
 */
interface SharedBuckets {

	/**
	 * Takes a token from the bucket of {@code key} under limit {@code limit}.
	 * @return 0 when one was taken, else how many nanoseconds until one will be there
	 */
	Mono<Long> take(String limit, String key, int capacity, long nanosPerToken);

}
