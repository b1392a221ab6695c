package com.livermets.assistant.ratelimit;

/**
 * A bucket of {@code capacity} tokens refilled evenly, one every {@code nanosPerToken}.
 * Time is passed in, so the bucket is exact and testable without waiting.
 */
final class TokenBucket {

	private final int capacity;

	private final long nanosPerToken;

	private double tokens;

	private long lastRefill;

	TokenBucket(int capacity, long nanosPerToken, long now) {
		this.capacity = capacity;
		this.nanosPerToken = nanosPerToken;
		this.tokens = capacity;
		this.lastRefill = now;
	}

	/**
	 * Takes a token; returns 0 when one was taken, else how many nanoseconds until one
	 * will be there.
	 */
	synchronized long tryTake(long now) {
		if (now > this.lastRefill) {
			this.tokens = Math.min(this.capacity, this.tokens + (double) (now - this.lastRefill) / this.nanosPerToken);
			this.lastRefill = now;
		}
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return 0;
		}
		return (long) Math.ceil((1 - this.tokens) * this.nanosPerToken);
	}

}
