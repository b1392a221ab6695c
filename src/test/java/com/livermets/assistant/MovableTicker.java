package com.livermets.assistant;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.boot.test.context.TestConfiguration;

/**
 * The shared integration context's clock for sessions, rate limits and SMS caches: the
 * system ticker, which a test can move forward (to expire a conversation) instead of
 * waiting, or hold still while it checks an exact duration. Time never goes back, so
 * every other test sees an ordinary clock; a jump at most expires state that no later
 * test relies on.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MovableTicker implements Ticker {

	private static final long RUNNING = Long.MIN_VALUE;

	private volatile long offset;

	private volatile long held = RUNNING;

	@Override
	public long read() {
		long now = this.held;
		return (now != RUNNING) ? now : System.nanoTime() + this.offset;
	}

	/**
	 * Stops the clock where it is, so that only {@link #advance} moves it, until
	 * {@link #release()}.
	 */
	public synchronized void hold() {
		this.held = read();
	}

	/** Lets the clock run on from where it was held. */
	public synchronized void release() {
		if (this.held != RUNNING) {
			this.offset = this.held - System.nanoTime();
			this.held = RUNNING;
		}
	}

	public synchronized void advance(Duration duration) {
		if (this.held != RUNNING) {
			this.held += duration.toNanos();
		}
		else {
			this.offset += duration.toNanos();
		}
	}

}
