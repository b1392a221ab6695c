package com.livermets.assistant.channel.web;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With nothing configured only same-origin pages may call the API; a malformed origin
 * stops startup.
 */
class WebCorsDefaultsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Config.class, WebCorsConfiguration.class);

	@Test
	void allowsNoOtherOriginByDefault() {
		this.runner.run((context) -> {
			assertThat(context.getBean(WebCorsProperties.class).allowedOrigins()).isEmpty();
			MockServerWebExchange preflight = MockServerWebExchange.from(MockServerHttpRequest.options("/api/chat")
				.header(HttpHeaders.ORIGIN, "https://www.hospital.example")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.POST.name()));
			WebFilterChain chain = (exchange) -> Mono.empty();

			context.getBean(CorsWebFilter.class).filter(preflight, chain).block();

			assertThat(preflight.getResponse().getHeaders().getAccessControlAllowOrigin()).isNull();
		});
	}

	@Test
	void refusesAnOriginWithAPath() {
		this.runner.withPropertyValues("assistant.web.cors.allowed-origins=https://www.hospital.example/patients")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("assistant.web.cors")
				.hasMessageContaining("must be an origin like https://www.example.org"));
	}

	@Test
	void refusesAWildcard() {
		this.runner.withPropertyValues("assistant.web.cors.allowed-origins=*")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WebCorsProperties.class)
	static class Config {

	}

}
