package com.livermets.assistant.http;

import java.util.Objects;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Problem details shared by the controller advice and the filter-level error handler.
 * What they say is content ({@code responses/service/wording.txt}); this module reads no
 * content, so the sentence is handed in.
 */
public final class Problems {

	private final String unexpectedDetail;

	/**
	 * @param unexpectedDetail what a 500 tells the user: what to do, and nothing about
	 * the failure
	 */
	public Problems(String unexpectedDetail) {
		this.unexpectedDetail = Objects.requireNonNull(unexpectedDetail, "unexpectedDetail");
	}

	/** A 500 that tells the user what to do and reveals nothing about the failure. */
	public ProblemDetail unexpected() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				this.unexpectedDetail);
		problem.setTitle("Internal error");
		return problem;
	}

}
