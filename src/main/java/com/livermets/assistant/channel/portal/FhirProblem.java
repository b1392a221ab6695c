package com.livermets.assistant.channel.portal;

import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import org.springframework.http.HttpStatus;

/**
 * A request the portal got wrong, answered with an OperationOutcome. The message goes to
 * the client only; it never contains message text or a patient id, so it is safe even if
 * it ends up in a log.
 */
final class FhirProblem extends RuntimeException {

	private final HttpStatus status;

	private final IssueType type;

	FhirProblem(HttpStatus status, IssueType type, String diagnostics) {
		super(diagnostics, null, false, false);
		this.status = status;
		this.type = type;
	}

	HttpStatus status() {
		return this.status;
	}

	IssueType type() {
		return this.type;
	}

}
