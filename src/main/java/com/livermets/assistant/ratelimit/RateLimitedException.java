package com.livermets.assistant.ratelimit;

import java.time.Duration;

import com.livermets.assistant.content.Wording;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A sender went over a limit: a 429 problem with {@code Retry-After}. It is an
 * {@link ErrorResponseException}, so the controller advice and the filter-level error
 * handler render it the same way.
 */
public final class RateLimitedException extends ErrorResponseException {

	private final Duration retryAfter;

	RateLimitedException(String limit, Duration retryAfter, Wording wording) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(limit, retryAfterSeconds(retryAfter), wording), null);
		this.retryAfter = retryAfter;
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds(retryAfter)));
	}

	private static ProblemDetail problem(String limit, long seconds, Wording wording) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				wording.throttled(seconds) + " " + wording.escalation());
		problem.setTitle("Too many requests");
		problem.setProperty("limit", limit);
		problem.setProperty("retryAfterSeconds", seconds);
		problem.setProperty("escalation", wording.escalation());
		return problem;
	}

	/**
	 * Whole seconds, rounded up, and at least one: a client told "0" would retry at once.
	 */
	public static long retryAfterSeconds(Duration wait) {
		long seconds = wait.getSeconds() + ((wait.getNano() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
