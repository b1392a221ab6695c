package com.livermets.assistant.channel.portal;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/**
 * The CapabilityStatement served at {@code GET /fhir/metadata}: what a portal can do
 * here, and how to get a token.
 */
final class PortalCapabilities {

	static final String SECURITY_SERVICE_SYSTEM = "http://terminology.hl7.org/CodeSystem/restful-security-service";

	static final String OAUTH_URIS_EXTENSION = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";

	private PortalCapabilities() {
	}

	static CapabilityStatement of(PortalProperties properties, int maxMessageLength, String senderName, Date date) {
		CapabilityStatement statement = new CapabilityStatement();
		statement.setStatus(PublicationStatus.ACTIVE);
		statement.setDate(date);
		statement.setKind(CapabilityStatementKind.INSTANCE);
		statement.setName("LiverMetastasesAssistantPortal");
		statement.setTitle("Liver metastases information assistant: patient-portal channel");
		statement.getSoftware().setName(senderName);
		statement.getImplementation()
			.setDescription("Answers a patient's message (Communication) with a reply Communication");
		statement.setFhirVersion(FHIRVersion._4_0_1);
		statement.addFormat("json");
		statement.addFormat("application/fhir+json");
		CapabilityStatementRestComponent rest = statement.addRest();
		rest.setMode(RestfulCapabilityMode.SERVER);
		rest.setSecurity(security(properties));
		rest.addResource()
			.setType("Communication")
			.addInteraction()
			.setCode(TypeRestfulInteraction.CREATE)
			.setDocumentation("POST the patient's message (subject Patient/<id>, payload[0].contentString, at most "
					+ maxMessageLength
					+ " characters); the answer is the reply Communication in the response body (200 OK). "
					+ "Nothing is stored, so there is no Location to read back. Requires scope "
					+ SmartScopes.COMMUNICATION_CREATE + " (or v1 patient/Communication.write) and a token whose "
					+ "patient is the subject.");
		return statement;
	}

	private static CapabilityStatementRestSecurityComponent security(PortalProperties properties) {
		CapabilityStatementRestSecurityComponent security = new CapabilityStatementRestSecurityComponent();
		security.setCors(false);
		security.addService(
				new CodeableConcept().addCoding(new Coding(SECURITY_SERVICE_SYSTEM, "SMART-on-FHIR", "SMART-on-FHIR")));
		security.setDescription("OAuth2 bearer JWT (SMART on FHIR) with scope " + SmartScopes.COMMUNICATION_CREATE
				+ " and a patient launch context.");
		if (properties.authorizationEndpoint() != null || properties.tokenEndpoint() != null) {
			Extension oauth = security.addExtension();
			oauth.setUrl(OAUTH_URIS_EXTENSION);
			if (properties.authorizationEndpoint() != null) {
				oauth.addExtension("authorize", new UriType(properties.authorizationEndpoint().toString()));
			}
			if (properties.tokenEndpoint() != null) {
				oauth.addExtension("token", new UriType(properties.tokenEndpoint().toString()));
			}
		}
		return security;
	}

}
