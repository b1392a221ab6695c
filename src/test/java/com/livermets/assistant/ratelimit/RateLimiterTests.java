package com.livermets.assistant.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.livermets.assistant.content.Wording;
import com.livermets.assistant.content.Wordings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private RateLimiter limiter(int limit, Duration window) {
		return new RateLimiter("session", new RateLimitProperties.Rate(limit, window), 1000, this.now::get,
				Wordings.defaults(), true);
	}

	@Test
	void allowsTheLimitThenAsksToWaitForTheNextToken() {
		RateLimiter limiter = limiter(3, Duration.ofMinutes(1));
		for (int i = 0; i < 3; i++) {
			assertThat(limiter.tryAcquire("web-a")).isEmpty();
		}
		Optional<Duration> wait = limiter.tryAcquire("web-a");
		// One token every 20 s.
		assertThat(wait).contains(Duration.ofSeconds(20));
		assertThat(limiter.rejected()).isEqualTo(1);
	}

	@Test
	void refillsEvenlyOverTheWindow() {
		RateLimiter limiter = limiter(3, Duration.ofMinutes(1));
		for (int i = 0; i < 3; i++) {
			limiter.tryAcquire("web-a");
		}
		this.now.addAndGet(Duration.ofSeconds(15).toNanos());
		assertThat(limiter.tryAcquire("web-a")).contains(Duration.ofSeconds(5));
		this.now.addAndGet(Duration.ofSeconds(5).toNanos());
		assertThat(limiter.tryAcquire("web-a")).isEmpty();
		assertThat(limiter.tryAcquire("web-a")).isPresent();
	}

	@Test
	void neverStoresMoreThanTheLimitAfterALongPause() {
		RateLimiter limiter = limiter(2, Duration.ofMinutes(1));
		limiter.tryAcquire("web-a");
		this.now.addAndGet(Duration.ofHours(5).toNanos());
		assertThat(limiter.tryAcquire("web-a")).isEmpty();
		assertThat(limiter.tryAcquire("web-a")).isEmpty();
		assertThat(limiter.tryAcquire("web-a")).isPresent();
	}

	@Test
	void keysAreIndependent() {
		RateLimiter limiter = limiter(1, Duration.ofMinutes(1));
		assertThat(limiter.tryAcquire("web-a")).isEmpty();
		assertThat(limiter.tryAcquire("web-a")).isPresent();
		assertThat(limiter.tryAcquire("web-b")).isEmpty();
	}

	@Test
	void throwsATooManyRequestsProblemWithRetryAfterInWholeSeconds() {
		RateLimiter limiter = limiter(1, Duration.ofMillis(1500));
		limiter.acquireOrThrow("web-a");
		try {
			limiter.acquireOrThrow("web-a");
			throw new AssertionError("expected a RateLimitedException");
		}
		catch (RateLimitedException ex) {
			assertThat(ex.getStatusCode().value()).isEqualTo(429);
			// 1.5 s rounds up: a client told "1" would come back too early.
			assertThat(ex.getHeaders().getFirst("Retry-After")).isEqualTo("2");
			assertThat(ex.getBody().getDetail()).contains("contact your doctor");
			assertThat(ex.getBody().getProperties()).containsEntry("limit", "session");
		}
	}

	@Test
	void retryAfterIsNeverZero() {
		assertThat(RateLimitedException.retryAfterSeconds(Duration.ofNanos(1))).isEqualTo(1);
		assertThat(RateLimitedException.retryAfterSeconds(Duration.ZERO)).isEqualTo(1);
		assertThat(RateLimitedException.retryAfterSeconds(Duration.ofSeconds(3))).isEqualTo(3);
	}

	@Test
	void theRefusalSaysTheContentsSentencesWithTheWaitAndTheEscalation() {
		RateLimiter limiter = new RateLimiter("session", new RateLimitProperties.Rate(1, Duration.ofMinutes(1)), 10,
				this.now::get, Wordings.with(Map.of(Wording.Key.THROTTLED, "Slow down; wait {wait}.",
						Wording.Key.WAIT_SECONDS, "{seconds} s", Wording.Key.WAIT_SECOND, "one second")),
				true);

		assertThat(limiter.exceeded(Duration.ofMillis(29_001)).getBody().getDetail())
			.isEqualTo("Slow down; wait 30 s. " + Wordings.defaults().escalation());
		assertThat(limiter.exceeded(Duration.ofMillis(200)).getBody().getDetail())
			.startsWith("Slow down; wait one second.");
	}

	@Test
	void disabledLimiterAllowsEverything() {
		RateLimiter limiter = new RateLimiter("session", new RateLimitProperties.Rate(1, Duration.ofMinutes(1)), 10,
				this.now::get, Wordings.defaults(), false);
		for (int i = 0; i < 100; i++) {
			assertThat(limiter.tryAcquire("web-a")).isEmpty();
		}
	}

	@Test
	void forgetsIdleKeysWithinItsBound() {
		RateLimiter limiter = limiter(1, Duration.ofMinutes(1));
		for (int i = 0; i < 5000; i++) {
			limiter.tryAcquire("web-" + i);
		}
		limiter.buckets().cleanUp();
		assertThat(limiter.buckets().estimatedSize()).isLessThanOrEqualTo(1000);
	}

}
