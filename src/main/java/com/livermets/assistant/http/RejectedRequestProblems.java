package com.livermets.assistant.http;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Spring Security's firewall refuses suspicious URLs (encoded slashes, "..",
 * non-printable characters) with a bare 400; this makes it the same problem as every
 * other error. The rejection's own message quotes the URL, so it is not repeated.
 */
final class RejectedRequestProblems implements ServerExchangeRejectedHandler {

	private final ProblemExceptionHandler problems;

	RejectedRequestProblems(ProblemExceptionHandler problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request URL is not allowed: it has an encoded slash, a '..' segment or a character URLs must not carry.");
		problem.setTitle("Rejected URL");
		return this.problems.handle(exchange, new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null));
	}

}
