package com.livermets.assistant.ratelimit;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many messages one conversation, one client address and one phone may send. Held in
 * memory on one node.
 *
 * @param enabled switch every limit off, e.g. for a load test
 * @param perSession messages per web or portal conversation
 * @param perClient requests per client address on {@code clientPaths}
 * @param perPhone messages per phone number (by hash) on SMS
 * @param maxTrackedKeys how many sessions, addresses or phones each limit remembers; the
 * least recently seen go first
 * @param clientPaths paths limited per client address. SMS webhooks are left out on
 * purpose: they all come from the SMS provider's few addresses, so the per-phone limit
 * protects them instead
 * @param exemptLoopback do not limit clients on this host (health checks, the evaluation,
 * load tests); behind a reverse proxy on the same host, list it in {@code trustedProxies}
 * so real client addresses are limited
 * @param trustedProxies addresses or CIDR ranges whose {@code X-Forwarded-For} header is
 * believed; from anyone else the header is a spoofing attempt and is ignored
 */
@Validated
@ConfigurationProperties("assistant.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @Valid Rate perSession, @Valid Rate perClient,
		@Valid Rate perPhone, @DefaultValue("100000") @Min(1) long maxTrackedKeys,
		@DefaultValue("/api/**") List<String> clientPaths, @DefaultValue("true") boolean exemptLoopback,
		@DefaultValue List<String> trustedProxies) {

	public RateLimitProperties {
		// Nested defaults differ per limit, which @DefaultValue cannot express on a
		// nested record.
		perSession = (perSession != null) ? perSession : new Rate(30, Duration.ofMinutes(1));
		perClient = (perClient != null) ? perClient : new Rate(60, Duration.ofMinutes(1));
		perPhone = (perPhone != null) ? perPhone : new Rate(10, Duration.ofMinutes(1));
		clientPaths = List.copyOf(clientPaths);
		trustedProxies = List.copyOf(trustedProxies);
		trustedProxies.forEach(ClientAddressResolver::proxyRule);
	}

	/**
	 * A token bucket: {@code limit} messages at once, refilled evenly over
	 * {@code window}.
	 *
	 * @param limit the burst size and the number of messages allowed per window
	 * @param window the time in which the full limit is refilled
	 */
	public record Rate(@Min(1) int limit, @DefaultValue("1m") @NotNull @DurationMin(millis = 1) Duration window) {
	}

}
