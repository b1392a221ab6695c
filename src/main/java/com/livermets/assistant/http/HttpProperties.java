package com.livermets.assistant.http;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits and headers of every HTTP response the service sends.
 *
 * @param maxBodySize larger request bodies are refused with 413 before they are read; a
 * chat message needs a few kilobytes at most
 * @param contentSecurityPolicy the CSP of every response; it suits the demo page and
 * widget, which load scripts, styles and data only from this service
 * @param noStorePaths API paths whose responses must never be cached: they are one
 * person's conversation
 * @param requestTimeout how long a request body may take to arrive once its headers have;
 * a client that trickles its body byte by byte gets 408 and the connection is closed, so
 * it cannot hold a connection for ever
 */
@Validated
@ConfigurationProperties("assistant.http")
public record HttpProperties(@DefaultValue("64KB") @NotNull DataSize maxBodySize,
		@DefaultValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'") @NotBlank String contentSecurityPolicy,
		@DefaultValue( {
				"/api/**", "/sms/**", "/fhir/**", "/actuator/**" }) List<String> noStorePaths,
		@DefaultValue("30s") @NotNull Duration requestTimeout){

	public HttpProperties {
		if (maxBodySize != null && maxBodySize.toBytes() < 1024) {
			throw new IllegalArgumentException(
					"assistant.http.max-body-size must be at least 1KB, got " + maxBodySize.toBytes() + " bytes");
		}
		noStorePaths = List.copyOf(noStorePaths);
		if (requestTimeout != null && (requestTimeout.isNegative() || requestTimeout.isZero())) {
			throw new IllegalArgumentException(
					"assistant.http.request-timeout must be positive, got " + requestTimeout);
		}
	}

}
