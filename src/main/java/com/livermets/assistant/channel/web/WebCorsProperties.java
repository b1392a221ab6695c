package com.livermets.assistant.channel.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which other sites may embed the chat widget and call {@code /api/chat} from their
 * pages.
 *
 * @param allowedOrigins exact origins such as {@code https://www.hospital.example}; empty
 * (the default) allows only pages served by the assistant itself. Wildcards are refused:
 * a hospital must name the sites it trusts.
 */
@Validated
@ConfigurationProperties("assistant.web.cors")
record WebCorsProperties(@DefaultValue @NotNull List<@Pattern(regexp = "https?://[^/\\s*?#]+",
		message = "must be an origin like https://www.example.org (scheme, host and optional port; no path, no trailing slash, no wildcard)") String> allowedOrigins) {
}
