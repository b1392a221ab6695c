package com.livermets.assistant.ratelimit;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import com.livermets.assistant.privacy.IdentifierHasher;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Counts requests per client address before the body is read. A client over its limit is
 * not refused here: the channel still reads the message so the safety screen can answer a
 * crisis or emergency, and throttles anything else. Only a flood (a second allowance
 * spent while over the limit) is refused unread, so it costs the service almost nothing;
 * that error travels to the filter-level problem handler, which answers 429 with
 * {@code Retry-After}.
 */
final class ClientRateLimitFilter implements WebFilter, Ordered {

	/**
	 * After the security headers and the body-size limit, which must see every request.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	private final RateLimiter limiter;

	private final RateLimiter flood;

	private final ClientAddressResolver addresses;

	private final IdentifierHasher hasher;

	private final List<PathPattern> paths;

	private final boolean exemptLoopback;

	ClientRateLimitFilter(RateLimits limits, RateLimitProperties properties, IdentifierHasher hasher) {
		this.limiter = limits.perClient();
		this.flood = limits.clientFlood();
		this.addresses = new ClientAddressResolver(properties.trustedProxies());
		this.hasher = hasher;
		this.paths = properties.clientPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.exemptLoopback = properties.exemptLoopback();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!isLimited(exchange)) {
			return chain.filter(exchange);
		}
		Optional<InetAddress> client = this.addresses.resolve(exchange.getRequest());
		if (client.isEmpty() || (this.exemptLoopback && client.get().isLoopbackAddress())) {
			return chain.filter(exchange);
		}
		// Addresses are personal data: the bucket is keyed by their hash, like every
		// other identifier.
		String key = this.hasher.hash("ip", client.get().getHostAddress());
		return this.limiter.acquire(key).flatMap((wait) -> {
			if (wait.isEmpty()) {
				return chain.filter(exchange);
			}
			return this.flood.acquire(key).flatMap((flooding) -> {
				if (flooding.isPresent()) {
					return Mono.error(this.flood.exceeded(flooding.get()));
				}
				exchange.getAttributes().put(RateLimits.CLIENT_WAIT, wait.get());
				return chain.filter(exchange);
			});
		});
	}

	private boolean isLimited(ServerWebExchange exchange) {
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		return this.paths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
