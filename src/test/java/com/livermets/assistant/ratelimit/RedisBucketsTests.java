package com.livermets.assistant.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.content.Wordings;
import com.livermets.assistant.state.RedisConnection;
import com.livermets.assistant.state.RedisServerExtension;
import com.livermets.assistant.state.TwoRedisNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The Lua token bucket in a real Redis, counted by two "nodes". */
class RedisBucketsTests {

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	private static final RateLimitProperties.Rate FIVE_PER_HOUR = new RateLimitProperties.Rate(5, Duration.ofHours(1));

	@RegisterExtension
	final TwoRedisNodes nodes = new TwoRedisNodes(redis);

	@Test
	void twoNodesCountInOneBucket() {
		RateLimiter onA = limiter(this.nodes.a());
		RateLimiter onB = limiter(this.nodes.b());
		for (int i = 0; i < 5; i++) {
			assertThat((((i % 2) == 0) ? onA : onB).acquire("web-aaaa").block()).as("message " + i).isEmpty();
		}

		Optional<Duration> waitOnA = onA.acquire("web-aaaa").block();
		Optional<Duration> waitOnB = onB.acquire("web-aaaa").block();

		assertThat(waitOnA).hasValueSatisfying(
				(wait) -> assertThat(wait).isBetween(Duration.ofMinutes(11), Duration.ofMinutes(12).plusSeconds(1)));
		assertThat(waitOnB).isPresent();
		assertThat(onA.acquire("web-bbbb").block()).as("another sender").isEmpty();
		assertThat(onA.rejected() + onB.rejected()).isEqualTo(2);
	}

	@Test
	void theBucketKeyHoldsTheHashedKeyAndExpiresOnceFull() {
		limiter(this.nodes.a()).acquire("web-aaaa").block();

		String key = "test:rate-limit:session:web-aaaa";
		assertThat(redis.command("EXISTS " + key)).isEqualTo(":1");
		long ttl = Long.parseLong(redis.command("PTTL " + key).substring(1));
		assertThat(ttl).isBetween(Duration.ofMinutes(59).toMillis(), Duration.ofMinutes(61).toMillis());
	}

	@Test
	void withoutRedisEachNodeCountsOnItsOwn() throws Exception {
		RateLimiter onA = limiter(this.nodes.a());
		redis.stop();
		try {
			for (int i = 0; i < 5; i++) {
				assertThat(onA.acquire("web-aaaa").block()).isEmpty();
			}
			assertThat(onA.acquire("web-aaaa").block()).isPresent();
			assertThat(onA.localFallbacks()).isEqualTo(6);
		}
		finally {
			redis.start();
		}
	}

	private static RateLimiter limiter(RedisConnection node) {
		return new RateLimiter("session", FIVE_PER_HOUR, 100, Ticker.systemTicker(),
				Wordings.with(Map.of(Wording.Key.ESCALATION, "Contact your doctor.")), true,
				new RedisBuckets(node.state()));
	}

}
