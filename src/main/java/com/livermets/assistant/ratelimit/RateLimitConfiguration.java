package com.livermets.assistant.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.state.RedisState;
import com.livermets.assistant.state.StateProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	RateLimits rateLimits(RateLimitProperties properties, Wording wording, ObjectProvider<Ticker> ticker,
			StateProperties state, ObjectProvider<RedisState> redis) {
		// With Redis every node counts in the same buckets.
		SharedBuckets shared = state.isRedis() ? new RedisBuckets(redis.getObject()) : null;
		// Tests supply a fake Ticker to refill buckets without waiting.
		return new RateLimits(properties, wording, ticker.getIfAvailable(Ticker::systemTicker), shared);
	}

	@Bean
	ClientRateLimitFilter clientRateLimitFilter(RateLimits limits, RateLimitProperties properties,
			IdentifierHasher hasher) {
		return new ClientRateLimitFilter(limits, properties, hasher);
	}

	@Bean
	MeterBinder rateLimitMetrics(RateLimits limits) {
		return (registry) -> limits.all().forEach((limiter) -> {
			FunctionCounter.builder("assistant.rate.limit.rejected", limiter, RateLimiter::rejected)
				.description("Messages refused because a sender went over a rate limit")
				.tag("limit", limiter.name())
				.register(registry);
			FunctionCounter.builder("assistant.rate.limit.local.fallbacks", limiter, RateLimiter::localFallbacks)
				.description("Messages counted on this node only, because the shared buckets in Redis failed")
				.tag("limit", limiter.name())
				.register(registry);
			CaffeineCacheMetrics.monitor(registry, limiter.buckets(), "rate-limit-" + limiter.name(), Tags.empty());
		});
	}

}
