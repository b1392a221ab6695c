package com.livermets.assistant.http;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The one place that writes security headers, on every response including errors raised by later filters (the
 * portal's Spring Security has its own header writing switched off so the two never disagree).
 */
final class SecurityHeadersFilter implements WebFilter, Ordered {

	private final String contentSecurityPolicy;

	private final List<PathPattern> noStorePaths;

	SecurityHeadersFilter(HttpProperties properties) {
		this.contentSecurityPolicy = properties.contentSecurityPolicy();
		this.noStorePaths = properties.noStorePaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		boolean noStore = isApi(exchange.getRequest().getPath().pathWithinApplication());
		// Written just before commit, so an error handler that resets headers cannot drop them.
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			headers.set("Content-Security-Policy", this.contentSecurityPolicy);
			headers.set("X-Content-Type-Options", "nosniff");
			headers.set("X-Frame-Options", "DENY");
			headers.set("Referrer-Policy", "no-referrer");
			if (noStore) {
				headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private boolean isApi(PathContainer path) {
		return this.noStorePaths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
