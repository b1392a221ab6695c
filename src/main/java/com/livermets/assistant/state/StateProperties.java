package com.livermets.assistant.state;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where conversations, rate limits, SMS message ids and opt-outs are kept. The Redis
 * connection itself (host, port, password, TLS) is Boot's {@code spring.data.redis.*}.
 *
 * @param store {@code embedded} (this process only, needs nothing) or {@code redis}
 * (shared by every node)
 * @param redis how the Redis store behaves; read only when {@code store} is {@code redis}
 */
@Validated
@ConfigurationProperties("assistant.state")
public record StateProperties(@DefaultValue("embedded") @NotNull Store store,
		@Valid @NotNull @DefaultValue Redis redis) {

	public boolean isRedis() {
		return this.store == Store.REDIS;
	}

	/** The two places state can live. */
	public enum Store {

		/** Caffeine and the MVStore opt-out file: today's single-node behaviour. */
		EMBEDDED,

		/** Redis, shared by every node. */
		REDIS

	}

	/**
	 * @param commandTimeout how long one Redis command may take before the turn goes on
	 * without it (single-turn, node-local limits, SMS fails closed)
	 * @param keyPrefix put before every key, so that one Redis can serve several
	 * deployments
	 * @param importSuppressionFile an MVStore opt-out file of the embedded store to copy
	 * into Redis once at startup (opt-outs already in Redis are kept); unset: no import
	 * @param optOutRetry the first wait before an opt-out that Redis refused is written
	 * again; it doubles up to a minute, until written
	 */
	public record Redis(@DefaultValue("250ms") @NotNull @DurationMin(millis = 1) Duration commandTimeout,
			@DefaultValue("assistant:") @NotBlank String keyPrefix, Path importSuppressionFile,
			@DefaultValue("1s") @NotNull @DurationMin(millis = 1) Duration optOutRetry) {
	}

}
