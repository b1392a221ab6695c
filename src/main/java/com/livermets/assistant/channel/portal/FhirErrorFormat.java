package com.livermets.assistant.channel.portal;

import com.livermets.assistant.http.ChannelErrorFormat;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Errors raised under {@code /fhir} before the portal's handler runs (a body over the
 * size limit, a rejected URL) reach FHIR clients as OperationOutcomes, like every other
 * portal error.
 */
final class FhirErrorFormat implements ChannelErrorFormat {

	private final FhirJson json;

	FhirErrorFormat(FhirJson json) {
		this.json = json;
	}

	@Override
	public boolean appliesTo(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		return path.equals("/fhir") || path.startsWith("/fhir/");
	}

	@Override
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, HttpHeaders headers,
			ProblemDetail problem) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().addAll(headers);
		response.getHeaders().setContentType(FhirJson.FHIR_JSON);
		byte[] outcome = this.json.outcome(issueType(status), problem.getDetail());
		return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(outcome)));
	}

	static IssueType issueType(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> IssueType.INVALID;
			case 401 -> IssueType.LOGIN;
			case 403 -> IssueType.FORBIDDEN;
			case 404 -> IssueType.NOTFOUND;
			case 405, 406, 415 -> IssueType.NOTSUPPORTED;
			case 408 -> IssueType.TIMEOUT;
			case 413 -> IssueType.TOOLONG;
			case 429 -> IssueType.THROTTLED;
			default -> status.is4xxClientError() ? IssueType.INVALID : IssueType.EXCEPTION;
		};
	}

}
