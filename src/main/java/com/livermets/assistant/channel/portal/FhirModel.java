package com.livermets.assistant.channel.portal;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

/**
 * The JVM's one FHIR R4 context, HAPI's cached one: scanning the model classes takes
 * seconds, a context is thread-safe, and sharing it lets a scan started early
 * ({@link FhirEarlyWarmUp}) serve the bean and every application context of a test run.
 */
final class FhirModel {

	/**
	 * What a portal that accepts no token still writes: every request but
	 * {@code GET /fhir/metadata} is refused with an OperationOutcome before its body is
	 * read.
	 */
	private static final List<Class<? extends Resource>> ALWAYS = List.of(OperationOutcome.class,
			CapabilityStatement.class);

	/** What an accepted message adds: the Communication read and the reply's sender. */
	private static final List<Class<? extends Resource>> WITH_TOKENS = List.of(Communication.class, Device.class);

	private FhirModel() {
	}

	static FhirContext context() {
		return FhirContext.forR4Cached();
	}

	/**
	 * Scans the resources the portal can use, and loads the JSON writer (and, when tokens
	 * are accepted, the reader) with one encode and one parse, so that no request pays
	 * for them. Scanning Communication and Device and loading the reader is about a third
	 * of the 2 s, spent only when a message can get through. Cheap once done; HAPI scans
	 * under a lock, so a second caller waits for the first rather than scanning again.
	 * @param acceptsTokens whether a token issuer is configured ({@link PortalTokens})
	 */
	static void warm(boolean acceptsTokens) {
		FhirContext context = context();
		ALWAYS.forEach(context::getResourceDefinition);
		OperationOutcome outcome = new OperationOutcome();
		outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.LOGIN);
		context.newJsonParser().encodeResourceToString(outcome);
		if (acceptsTokens) {
			WITH_TOKENS.forEach(context::getResourceDefinition);
			context.newJsonParser().parseResource(Communication.class, "{\"resourceType\": \"Communication\"}");
		}
	}

}
