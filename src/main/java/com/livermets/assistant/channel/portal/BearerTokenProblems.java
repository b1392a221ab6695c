package com.livermets.assistant.channel.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;

/**
 * Answers a refused token as FHIR does (an OperationOutcome) and as OAuth2 bearer usage
 * does (RFC 6750 {@code WWW-Authenticate: Bearer ...} challenge): 401 for a missing or
 * invalid token, 403 for a missing scope.
 */
final class BearerTokenProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final FhirJson json;

	BearerTokenProblems(FhirJson json) {
		this.json = json;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		Map<String, String> challenge = new LinkedHashMap<>();
		HttpStatusCode status = HttpStatus.UNAUTHORIZED;
		String diagnostics = "This endpoint needs an OAuth2 bearer token: Authorization: Bearer <JWT>";
		if (ex instanceof OAuth2AuthenticationException oauth) {
			OAuth2Error error = oauth.getError();
			challenge.put("error", error.getErrorCode());
			if (StringUtils.hasText(error.getDescription())) {
				challenge.put("error_description", error.getDescription());
			}
			if (error instanceof BearerTokenError bearer) {
				status = bearer.getHttpStatus();
			}
			diagnostics = "The bearer token was refused (" + error.getErrorCode() + ")"
					+ (StringUtils.hasText(error.getDescription()) ? ": " + error.getDescription() : "");
		}
		return write(exchange, status, challenge, IssueType.LOGIN, diagnostics);
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		Map<String, String> challenge = new LinkedHashMap<>();
		challenge.put("error", BearerTokenErrorCodes.INSUFFICIENT_SCOPE);
		challenge.put("error_description", "The token does not allow creating a Communication for its patient");
		challenge.put("scope", SmartScopes.COMMUNICATION_CREATE);
		return write(exchange, HttpStatus.FORBIDDEN, challenge, IssueType.FORBIDDEN,
				"The token lacks a scope to create a Communication for its patient: ask for "
						+ SmartScopes.COMMUNICATION_CREATE + " (SMART v2) or patient/Communication.write (v1)");
	}

	private Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, Map<String, String> challenge,
			IssueType type, String diagnostics) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge(challenge));
		response.getHeaders().setContentType(FhirJson.FHIR_JSON);
		byte[] body = this.json.outcome(type, diagnostics);
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
	}

	/**
	 * RFC 6750 section 3; quoted values may not hold quotes, backslashes or control
	 * characters.
	 */
	static String challenge(Map<String, String> parameters) {
		if (parameters.isEmpty()) {
			return "Bearer";
		}
		return "Bearer " + parameters.entrySet()
			.stream()
			.map((parameter) -> parameter.getKey() + "=\""
					+ parameter.getValue().replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "'") + "\"")
			.collect(Collectors.joining(", "));
	}

}
