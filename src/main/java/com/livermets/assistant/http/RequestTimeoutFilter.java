package com.livermets.assistant.http;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * When a body does not arrive within {@code assistant.http.request-timeout}, Reactor
 * Netty fails the body stream with its own exception, which every channel would answer as
 * an unexpected 500. This turns it into a 408 that each channel's error format answers
 * (problem, OperationOutcome).
 */
final class RequestTimeoutFilter implements WebFilter, Ordered {

	private static final String REACTOR_NETTY_TIMEOUT = "reactor.netty.http.server.RequestTimeoutException";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return chain.filter(exchange.mutate().request(new ServerHttpRequestDecorator(exchange.getRequest()) {

			@Override
			public Flux<DataBuffer> getBody() {
				return super.getBody().onErrorMap(RequestTimeoutFilter::isRequestTimeout, (ex) -> timedOut());
			}

		}).build());
	}

	/**
	 * Reactor Netty's exception type is not public; its name is all there is to match.
	 */
	private static boolean isRequestTimeout(Throwable ex) {
		return REACTOR_NETTY_TIMEOUT.equals(ex.getClass().getName());
	}

	private static ErrorResponseException timedOut() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.REQUEST_TIMEOUT,
				"The request body did not arrive in time; send it again in one go.");
		problem.setTitle("Request timeout");
		return new ErrorResponseException(HttpStatus.REQUEST_TIMEOUT, problem, null);
	}

	@Override
	public int getOrder() {
		// Next to the body-size limit, before any channel reads the body.
		return Ordered.HIGHEST_PRECEDENCE + 11;
	}

}
