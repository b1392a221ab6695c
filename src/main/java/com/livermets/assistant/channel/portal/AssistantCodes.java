package com.livermets.assistant.channel.portal;

/**
 * The canonical URLs of the code systems and extensions that carry the assistant's reply
 * details in a FHIR Communication (documented in docs/portal.md). The {@code example.org}
 * base marks them as this service's own, not registered with HL7.
 */
final class AssistantCodes {

	static final String BASE = "https://liver-mets-assistant.example.org/fhir";

	/** {@code Communication.category}: none, contact_doctor, emergency, crisis. */
	static final String TRIAGE_SYSTEM = BASE + "/CodeSystem/triage";

	/**
	 * {@code Communication.topic}: the intent answered, or {@code fallback} or
	 * {@code safety}.
	 */
	static final String INTENT_SYSTEM = BASE + "/CodeSystem/intent";

	/** {@code Communication.reasonCode}: the safety rule that fired, when one did. */
	static final String SAFETY_RULE_SYSTEM = BASE + "/CodeSystem/safety-rule";

	/**
	 * Complex extension, repeating: one verbatim source passage, sub-extensions
	 * {@code document} and {@code passage}.
	 */
	static final String SOURCE_EXTENSION = BASE + "/StructureDefinition/source-passage";

	/** valueString, repeating: a follow-up question the patient can send next. */
	static final String SUGGESTION_EXTENSION = BASE + "/StructureDefinition/suggestion";

	/** valueString: a longer form of the answer, for "tell me more". */
	static final String MORE_EXTENSION = BASE + "/StructureDefinition/more-text";

	/** valueDecimal: the classifier's confidence in the intent, 0 to 1. */
	static final String CONFIDENCE_EXTENSION = BASE + "/StructureDefinition/intent-confidence";

	/** The id of the contained Device that is the reply's sender. */
	static final String DEVICE_ID = "assistant";

	private AssistantCodes() {
	}

}
