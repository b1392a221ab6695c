package com.livermets.assistant.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.content.Wordings;

/** Rate limits for unit tests of the channels that use them. */
public final class RateLimitFixtures {

	private RateLimitFixtures() {
	}

	/**
	 * Default limits, except {@code perPhone} messages per phone per hour, so no test
	 * refills by accident.
	 */
	public static RateLimits perPhonePerHour(int perPhone, String escalation) {
		RateLimitProperties properties = new RateLimitProperties(true, null, null,
				new RateLimitProperties.Rate(perPhone, Duration.ofHours(1)), 1000, List.of("/api/**"), true, List.of());
		return new RateLimits(properties, Wordings.with(Map.of(Wording.Key.ESCALATION, escalation)),
				Ticker.systemTicker());
	}

}
