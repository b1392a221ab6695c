package com.livermets.assistant.http;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Problem details shared by the controller advice and the filter-level error handler. */
public final class Problems {

	private Problems() {
	}

	/** A 500 that tells the user what to do and reveals nothing about the failure. */
	public static ProblemDetail unexpected() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Please try again; if it keeps happening, contact your care team directly.");
		problem.setTitle("Internal error");
		return problem;
	}

}
