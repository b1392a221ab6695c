package com.livermets.assistant.http;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.CompositeServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentSecurityPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ContentTypeOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.ServerWebExchangeDelegatingServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * The one place that writes security headers, on every response including errors raised
 * by later filters (the portal's Spring Security has its own header writing switched off
 * so the two never disagree). Spring Security's header writers do the work, the ones its
 * {@code headers()} DSL configures; they run here rather than in a security filter chain
 * because that chain comes after the body-size and rate-limit filters, whose errors need
 * the headers too.
 */
final class SecurityHeadersFilter implements WebFilter, Ordered {

	private final HttpHeaderWriterWebFilter writer;

	SecurityHeadersFilter(HttpProperties properties) {
		ContentSecurityPolicyServerHttpHeadersWriter csp = new ContentSecurityPolicyServerHttpHeadersWriter();
		csp.setPolicyDirectives(properties.contentSecurityPolicy());
		XFrameOptionsServerHttpHeadersWriter frameOptions = new XFrameOptionsServerHttpHeadersWriter();
		frameOptions.setMode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY);
		ReferrerPolicyServerHttpHeadersWriter referrerPolicy = new ReferrerPolicyServerHttpHeadersWriter();
		referrerPolicy.setPolicy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER);
		// Spring Security's cache writer sends no-cache, Pragma and Expires on every
		// path; API answers need only
		// no-store, and the widget's static files may be cached.
		ServerHttpHeadersWriter noStore = new ServerWebExchangeDelegatingServerHttpHeadersWriter(
				ServerWebExchangeMatchers.pathMatchers(properties.noStorePaths().toArray(String[]::new)),
				StaticServerHttpHeadersWriter.builder().header(HttpHeaders.CACHE_CONTROL, "no-store").build());
		this.writer = new HttpHeaderWriterWebFilter(new CompositeServerHttpHeadersWriter(csp,
				new ContentTypeOptionsServerHttpHeadersWriter(), frameOptions, referrerPolicy, noStore));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// The writers run just before commit, so an error handler that resets headers
		// cannot drop them.
		return this.writer.filter(exchange, chain);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
