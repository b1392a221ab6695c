package com.livermets.assistant.ratelimit;

import java.util.List;
import java.util.Objects;

import com.livermets.assistant.state.RedisState;
import reactor.core.publisher.Mono;

import org.springframework.data.redis.core.script.RedisScript;

/**
 * The token bucket of {@link TokenBucket}, kept in Redis and changed by one Lua script,
 * so that taking a token is atomic across nodes (Redis runs a script alone). Spring's
 * script executor sends it by its SHA (EVALSHA) and loads it again after a Redis restart.
 * Time is Redis's own clock, so nodes whose clocks differ still refill alike. Written
 * here rather than with Bucket4j's Redis module, whose reactive Lettuce support would
 * bring a second bucket model and its own serialization for what is twenty lines of Lua.
 */
final class RedisBuckets implements SharedBuckets {

	/**
	 * KEYS[1]: the bucket; ARGV[1]: capacity; ARGV[2]: microseconds per token. Returns 0
	 * when a token was taken, else the wait in microseconds. The bucket expires once it
	 * would be full again, as the embedded one is forgotten.
	 */
	private static final RedisScript<Long> TAKE = RedisScript.of("""
			local capacity = tonumber(ARGV[1])
			local per = tonumber(ARGV[2])
			local time = redis.call('TIME')
			local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
			local bucket = redis.call('HMGET', KEYS[1], 'tokens', 'at')
			local tokens = tonumber(bucket[1]) or capacity
			local at = tonumber(bucket[2]) or now
			if now > at then
			  tokens = math.min(capacity, tokens + (now - at) / per)
			  at = now
			end
			local wait = 0
			if tokens >= 1 then
			  tokens = tokens - 1
			else
			  wait = math.ceil((1 - tokens) * per)
			end
			redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
			redis.call('PEXPIRE', KEYS[1], math.ceil(capacity * per / 1000) + 1000)
			return wait
			""", Long.class);

	private final RedisState redis;

	RedisBuckets(RedisState redis) {
		this.redis = Objects.requireNonNull(redis, "redis");
	}

	@Override
	public Mono<Long> take(String limit, String key, int capacity, long nanosPerToken) {
		List<String> keys = List.of(this.redis.key("rate-limit:" + limit, key));
		long microsPerToken = Math.max(1, nanosPerToken / 1000);
		List<String> args = List.of(Integer.toString(capacity), Long.toString(microsPerToken));
		return this.redis.call((redis) -> redis.execute(TAKE, keys, args).next()).map((micros) -> micros * 1000);
	}

}
