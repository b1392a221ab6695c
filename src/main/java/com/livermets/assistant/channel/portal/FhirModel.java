package com.livermets.assistant.channel.portal;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * The JVM's one FHIR R4 context, HAPI's cached one: scanning the model classes takes
 * seconds, a context is thread-safe, and sharing it lets a scan started early
 * ({@link FhirEarlyWarmUp}) serve the bean and every application context of a test run.
 */
final class FhirModel {

	private FhirModel() {
	}

	static FhirContext context() {
		return FhirContext.forR4Cached();
	}

	/**
	 * Scans the resources the portal uses, and loads the JSON parser machinery with one
	 * parse, so that no request pays for either. Cheap once done; HAPI scans under a
	 * lock, so a second caller waits for the first rather than scanning again.
	 */
	static void warm() {
		FhirContext context = context();
		for (Class<? extends Resource> type : List.of(Communication.class, Device.class, OperationOutcome.class,
				CapabilityStatement.class)) {
			context.getResourceDefinition(type);
		}
		context.newJsonParser().parseResource(Communication.class, "{\"resourceType\": \"Communication\"}");
	}

}
