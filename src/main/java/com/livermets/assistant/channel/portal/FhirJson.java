package com.livermets.assistant.channel.portal;

import java.nio.charset.StandardCharsets;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import org.springframework.http.MediaType;

/**
 * Reads and writes FHIR R4 JSON with the application's one {@link FhirContext}. Parsers
 * are cheap but not thread-safe, so each call makes its own.
 */
final class FhirJson {

	static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json;charset=UTF-8");

	private final FhirContext context;

	FhirJson(FhirContext context) {
		this.context = context;
	}

	/**
	 * Parses any R4 resource. Unknown elements and malformed values are errors rather
	 * than warnings: a portal that sends them has a bug we should report, not a message
	 * we should half-read.
	 * @throws DataFormatException when the text is not a valid FHIR JSON resource
	 */
	IBaseResource parse(String json) {
		IParser parser = this.context.newJsonParser();
		parser.setParserErrorHandler(new StrictErrorHandler());
		return parser.parseResource(json);
	}

	byte[] encode(IBaseResource resource) {
		return this.context.newJsonParser().encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * An OperationOutcome with one error issue; {@code diagnostics} must never contain
	 * user text or identifiers.
	 */
	byte[] outcome(IssueType type, String diagnostics) {
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(diagnostics);
		return encode(outcome);
	}

}
