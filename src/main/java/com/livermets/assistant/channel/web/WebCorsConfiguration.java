package com.livermets.assistant.channel.web;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Lets the widget, embedded on an allow-listed hospital site, call the chat API across
 * origins.
 */
@Configuration(proxyBeanMethods = false)
class WebCorsConfiguration {

	static final String CHAT_PATH = "/api/chat";

	/**
	 * A filter rather than handler-mapping CORS, and early in the chain, so that answers
	 * produced by other filters (a rate limiter's 429) also carry the headers the widget
	 * needs to read them.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	CorsWebFilter chatCorsFilter(WebCorsProperties properties) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		if (!properties.allowedOrigins().isEmpty()) {
			source.registerCorsConfiguration(CHAT_PATH, chatCors(properties.allowedOrigins()));
		}
		return new CorsWebFilter(source);
	}

	private static CorsConfiguration chatCors(List<String> origins) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(origins);
		cors.setAllowedMethods(List.of("POST"));
		cors.setAllowedHeaders(List.of("Content-Type", "Accept"));
		// The widget reads Retry-After to tell the user how long to wait after a 429.
		cors.setExposedHeaders(List.of("Retry-After"));
		// No cookies or credentials: the conversation id travels in the JSON body.
		cors.setAllowCredentials(false);
		cors.setMaxAge(Duration.ofHours(1));
		return cors;
	}

}
