package com.livermets.assistant.http;

import java.net.URI;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.ErrorResponse;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * Answers errors that never reach a controller (raised by filters, or by the server before routing) with the same
 * RFC 9457 problem the controller advice writes, instead of Spring Boot's default error JSON. It never echoes an
 * exception message, which could hold what a user typed.
 */
final class ProblemExceptionHandler implements WebExceptionHandler, Ordered {

	/** Before Spring Boot's error handler (-1). */
	static final int ORDER = -2;

	private static final Log logger = LogFactory.getLog(ProblemExceptionHandler.class);

	private final ServerResponse.Context context;

	ProblemExceptionHandler(ServerCodecConfigurer codecs) {
		List<HttpMessageWriter<?>> writers = codecs.getWriters();
		this.context = new ServerResponse.Context() {

			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return writers;
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}

		};
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		ProblemDetail problem;
		ServerResponse.BodyBuilder response;
		if (ex instanceof ErrorResponse error) {
			problem = error.getBody();
			response = ServerResponse.status(error.getStatusCode()).headers((h) -> h.addAll(error.getHeaders()));
		}
		else {
			logger.error("Unexpected error before a controller ran: " + ex.getClass().getName());
			problem = Problems.unexpected();
			response = ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR);
		}
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		}
		return response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem)
			.flatMap((written) -> written.writeTo(exchange, this.context));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
