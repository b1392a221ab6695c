package com.livermets.assistant.http;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
 * Answers errors that never reach a controller (raised by filters, or by the server
 * before routing) with the same RFC 9457 problem the controller advice writes, instead of
 * Spring Boot's default error JSON. It never echoes an exception message, which could
 * hold what a user typed.
 */
final class ProblemExceptionHandler implements WebExceptionHandler, Ordered {

	/** Before Spring Boot's error handler (-1). */
	static final int ORDER = -2;

	private static final Logger logger = LoggerFactory.getLogger(ProblemExceptionHandler.class);

	private final ServerResponse.Context context;

	private final List<ChannelErrorFormat> channelFormats;

	private final Problems problems;

	ProblemExceptionHandler(ServerCodecConfigurer codecs, List<ChannelErrorFormat> channelFormats, Problems problems) {
		this.channelFormats = List.copyOf(channelFormats);
		this.problems = problems;
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
		HttpStatusCode status;
		HttpHeaders headers;
		ProblemDetail problem;
		if (ex instanceof ErrorResponse error) {
			status = error.getStatusCode();
			headers = error.getHeaders();
			problem = error.getBody();
		}
		else {
			logger.error("Unexpected error before a controller ran: {}", ex.getClass().getName());
			status = HttpStatus.INTERNAL_SERVER_ERROR;
			headers = HttpHeaders.EMPTY;
			problem = this.problems.unexpected();
		}
		for (ChannelErrorFormat format : this.channelFormats) {
			if (format.appliesTo(exchange)) {
				return format.write(exchange, status, headers, problem);
			}
		}
		if (problem.getInstance() == null) {
			problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		}
		return ServerResponse.status(status)
			.headers((h) -> h.addAll(headers))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem)
			.flatMap((written) -> written.writeTo(exchange, this.context));
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
