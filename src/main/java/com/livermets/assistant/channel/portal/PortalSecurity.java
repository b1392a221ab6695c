package com.livermets.assistant.channel.portal;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Spring Security arrives with the patient portal, and must change nothing else: one
 * chain guards {@code /fhir/**} with bearer JWTs, a catch-all chain lets everything else
 * through untouched (the web chat API, the SMS webhook with its own Twilio signature
 * check, the widget's static files, actuator). Both are stateless: no session, no
 * cookies, hence no CSRF, no login page. Security headers are written for all responses
 * by one WebFilter elsewhere, so Spring Security writes none.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain portalSecurityFilterChain(ServerHttpSecurity http,
			ObjectProvider<ReactiveJwtDecoder> decoder, FhirJson json) {
		// Boot builds the decoder from spring.security.oauth2.resourceserver.jwt.* with
		// PortalTokens' rules.
		ReactiveJwtDecoder portalJwtDecoder = decoder.getIfAvailable(PortalTokens::refusingEveryToken);
		BearerTokenProblems problems = new BearerTokenProblems(json);
		return stateless(http).securityMatcher(ServerWebExchangeMatchers.pathMatchers("/fhir/**"))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers(HttpMethod.GET, PortalHandler.METADATA_PATH)
				.permitAll()
				.pathMatchers(HttpMethod.POST, PortalHandler.COMMUNICATION_PATH)
				.access(communicationCreateScope())
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtDecoder(portalJwtDecoder))
				.bearerTokenConverter(tokenExceptOnMetadata())
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.build();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityWebFilterChain openSecurityFilterChain(ServerHttpSecurity http) {
		return stateless(http).authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll()).build();
	}

	private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
	}

	/**
	 * SMART clients read {@code /fhir/metadata} to learn how to get a token; an expired
	 * token sent along must not turn that public read into a 401.
	 */
	private static ServerAuthenticationConverter tokenExceptOnMetadata() {
		ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
		ServerWebExchangeMatcher metadata = ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET,
				PortalHandler.METADATA_PATH);
		return (exchange) -> metadata.matches(exchange)
			.flatMap((match) -> match.isMatch() ? Mono.empty() : bearer.convert(exchange));
	}

	/**
	 * The SMART scope check; the patient check needs the body and happens in
	 * {@link PortalHandler}.
	 */
	private static ReactiveAuthorizationManager<AuthorizationContext> communicationCreateScope() {
		return (authentication, context) -> authentication
			.map((auth) -> auth instanceof JwtAuthenticationToken jwt && auth.isAuthenticated()
					&& SmartScopes.allowsCommunicationCreate(jwt.getToken()))
			.defaultIfEmpty(false)
			.map((granted) -> (AuthorizationResult) new AuthorizationDecision(granted));
	}

}
