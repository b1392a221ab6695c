package com.livermets.assistant.channel.portal;

import java.util.regex.Pattern;

import ca.uhn.fhir.parser.DataFormatException;
import com.livermets.assistant.http.InputExcerpt;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Communication.CommunicationPayloadComponent;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Reference;

import org.springframework.http.HttpStatus;

/**
 * A patient's message as the portal sent it: an R4 Communication whose {@code subject} is
 * {@code Patient/<id>} and whose only payload is the text. Reading checks structure (400)
 * and the business rules of this endpoint (422); the patient's right to send it is
 * checked by the caller against the token.
 *
 * @param communication the parsed resource, kept to reference it from the reply
 * @param patientId the id part of {@code subject}
 */
record IncomingMessage(Communication communication, String patientId) {

	/** FHIR R4 id syntax. */
	private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

	private static final String PATIENT_PREFIX = "Patient/";

	static IncomingMessage read(String body, FhirJson json) {
		if (body.isBlank()) {
			throw new FhirProblem(HttpStatus.BAD_REQUEST, IssueType.REQUIRED,
					"The request body is empty; send a FHIR R4 Communication as JSON");
		}
		IBaseResource resource;
		try {
			resource = json.parse(body);
		}
		catch (DataFormatException ex) {
			// HAPI's message names the element and position, which helps the integrator,
			// but quotes the bad value
			// in full, sometimes twice: only short excerpts of it are kept.
			throw new FhirProblem(HttpStatus.BAD_REQUEST, IssueType.STRUCTURE,
					"The body is not a valid FHIR R4 JSON resource: " + InputExcerpt.quoting(ex.getMessage()));
		}
		if (!(resource instanceof Communication communication)) {
			throw new FhirProblem(HttpStatus.BAD_REQUEST, IssueType.INVALID, "Expected a Communication but got a "
					+ resource.fhirType() + "; this endpoint only accepts Communication");
		}
		return new IncomingMessage(communication, subjectPatientId(communication));
	}

	private static String subjectPatientId(Communication communication) {
		Reference subject = communication.getSubject();
		String reference = subject.getReference();
		if (reference == null || reference.isBlank()) {
			throw new FhirProblem(HttpStatus.UNPROCESSABLE_CONTENT, IssueType.REQUIRED,
					"Communication.subject must reference the patient as 'Patient/<id>'");
		}
		String id = reference.startsWith(PATIENT_PREFIX) ? reference.substring(PATIENT_PREFIX.length()) : "";
		if (!FHIR_ID.matcher(id).matches()) {
			throw new FhirProblem(HttpStatus.UNPROCESSABLE_CONTENT, IssueType.VALUE,
					"Communication.subject must be a relative reference 'Patient/<id>' (a FHIR id without "
							+ "server base or version)");
		}
		return id;
	}

	/**
	 * The message text: {@code payload[0].contentString}, the one payload. Several
	 * payloads are refused rather than read in part, so nothing the patient wrote is
	 * silently dropped.
	 */
	/**
	 * The patient's message, of any length: the length check comes after the safety
	 * screen.
	 */
	String text() {
		if (!this.communication.hasPayload()) {
			throw new FhirProblem(HttpStatus.UNPROCESSABLE_CONTENT, IssueType.REQUIRED,
					"Communication.payload is missing; put the message in payload[0].contentString");
		}
		if (this.communication.getPayload().size() > 1) {
			throw new FhirProblem(HttpStatus.UNPROCESSABLE_CONTENT, IssueType.NOTSUPPORTED,
					"Communication has " + this.communication.getPayload().size()
							+ " payloads; send exactly one, with the message in payload[0].contentString");
		}
		CommunicationPayloadComponent payload = this.communication.getPayloadFirstRep();
		if (!payload.hasContentStringType()) {
			throw new FhirProblem(HttpStatus.UNPROCESSABLE_CONTENT, IssueType.NOTSUPPORTED,
					"payload[0] must be contentString; attachments and references are not supported");
		}
		String text = payload.getContentStringType().getValue();
		if (text == null || text.isBlank()) {
			throw new FhirProblem(HttpStatus.UNPROCESSABLE_CONTENT, IssueType.REQUIRED,
					"payload[0].contentString is empty; it must hold the patient's message");
		}
		return text;
	}

}
