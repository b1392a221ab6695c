package com.livermets.assistant.http;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ServerWebExchange;

/**
 * Lets a channel answer, in its own format, the errors raised before its handler runs: a
 * body over the size limit, a rate limit, a URL the firewall rejects. Without one, such
 * errors are RFC 9457 problems.
 */
public interface ChannelErrorFormat {

	/** Whether this exchange belongs to the channel (usually by path). */
	boolean appliesTo(ServerWebExchange exchange);

	/**
	 * Writes the error.
	 * @param status the status to answer with
	 * @param headers headers the answer must carry, such as {@code Retry-After} or
	 * {@code Allow}
	 * @param problem the error as a problem; its {@code detail} is safe to show and never
	 * quotes input
	 */
	Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, HttpHeaders headers, ProblemDetail problem);

}
