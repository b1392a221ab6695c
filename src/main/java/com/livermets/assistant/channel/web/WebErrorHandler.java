package com.livermets.assistant.channel.web;

import com.livermets.assistant.http.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the web API is an RFC 9457 {@code application/problem+json} that says
 * what was wrong, never a stack trace and never a 500 for something a user typed.
 */
@RestControllerAdvice
class WebErrorHandler extends ResponseEntityExceptionHandler {

	/**
	 * SLF4J, like the rest of the project; it hides the commons-logging logger this class
	 * inherits.
	 */
	private static final Logger logger = LoggerFactory.getLogger(WebErrorHandler.class);

	private final Problems problems;

	WebErrorHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Invalid chat request");
		problem.setProperty("field", ex.field());
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		// The framework's reason names Java types; say what a client can fix.
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, describe(ex));
		problem.setTitle("Unreadable request body");
		return handleExceptionInternal(ex, problem, headers, status, exchange);
	}

	private static String describe(ServerWebInputException ex) {
		String reason = String.valueOf(ex.getReason());
		if (reason.contains("No request body") || reason.contains("missing")) {
			return "The request body is missing; send JSON like {\"message\": \"your question\"}";
		}
		return "The request body is not valid JSON of the form {\"sessionId\": \"optional\", \"message\": \"your question\"}";
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		logger.error("Unexpected error answering a request: {}", ex.getClass().getName());
		return ResponseEntity.internalServerError().body(this.problems.unexpected());
	}

}
