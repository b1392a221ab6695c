package com.livermets.assistant.channel.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.content.SourcePassage;
import com.livermets.assistant.privacy.RandomIds;
import com.livermets.assistant.safety.Triage;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Communication.CommunicationPriority;
import org.hl7.fhir.r4.model.Communication.CommunicationStatus;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Device.DeviceNameType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * Turns the pipeline's channel-neutral reply into the R4 Communication the portal shows
 * in the patient's inbox. Only formatting happens here: what to say and how urgent it is
 * were decided by the chat pipeline.
 */
final class ReplyCommunication {

	/**
	 * Local id of the contained copy of an incoming message that had neither id nor
	 * identifier.
	 */
	static final String INCOMING_COPY_ID = "message";

	private final Clock clock;

	private final String senderName;

	private final RandomIds ids = new RandomIds();

	/**
	 * @param senderName the name the patient's inbox shows as the sender (content:
	 * {@code sender-name})
	 */
	ReplyCommunication(Clock clock, String senderName) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.senderName = Objects.requireNonNull(senderName, "senderName");
	}

	Communication build(IncomingMessage message, String text, ChatReply reply) {
		Communication communication = new Communication();
		communication.setId(this.ids.next());
		communication.setStatus(CommunicationStatus.COMPLETED);
		communication.setPriority(priority(reply.triage()));
		communication.addContained(device());
		communication.setSender(new Reference("#" + AssistantCodes.DEVICE_ID));
		Reference patient = new Reference("Patient/" + message.patientId());
		communication.setSubject(patient);
		communication.addRecipient(patient.copy());
		communication.addInResponseTo(inResponseTo(message, text, communication));
		communication.setSentElement(new DateTimeType(Date.from(this.clock.instant()), TemporalPrecisionEnum.SECOND,
				TimeZone.getTimeZone("UTC")));
		// Every portal shows payloads, so they hold only what the patient must read: the
		// answer, then the escalation.
		communication.addPayload().setContent(new StringType(reply.text()));
		communication.addPayload().setContent(new StringType(reply.escalation()));
		communication.addCategory(concept(AssistantCodes.TRIAGE_SYSTEM, reply.triage().wireName()));
		communication.setTopic(concept(AssistantCodes.INTENT_SYSTEM, reply.label()));
		if (reply.safetyRule() != null) {
			communication.addReasonCode(concept(AssistantCodes.SAFETY_RULE_SYSTEM, reply.safetyRule()));
		}
		communication.addExtension(AssistantCodes.CONFIDENCE_EXTENSION,
				new DecimalType(BigDecimal.valueOf(reply.confidence()).setScale(3, RoundingMode.HALF_UP)));
		for (SourcePassage source : reply.sources()) {
			Extension extension = communication.addExtension();
			extension.setUrl(AssistantCodes.SOURCE_EXTENSION);
			extension.addExtension("document", new StringType(source.document()));
			extension.addExtension("passage", new StringType(source.passage()));
		}
		reply.suggestions()
			.forEach((suggestion) -> communication.addExtension(AssistantCodes.SUGGESTION_EXTENSION,
					new StringType(suggestion)));
		if (reply.moreText() != null) {
			communication.addExtension(AssistantCodes.MORE_EXTENSION, new StringType(reply.moreText()));
		}
		return communication;
	}

	/**
	 * Emergency and crisis replies must stand out in the inbox; everything else is
	 * routine.
	 */
	static CommunicationPriority priority(Triage triage) {
		return switch (triage) {
			case EMERGENCY -> CommunicationPriority.STAT;
			case CRISIS -> CommunicationPriority.URGENT;
			case NONE, CONTACT_DOCTOR -> CommunicationPriority.ROUTINE;
		};
	}

	/**
	 * Points back at the patient's message the way the portal identified it: its business
	 * identifier and/or its id. A message with neither is copied into the reply as a
	 * contained resource, so the portal can still thread it.
	 */
	private static Reference inResponseTo(IncomingMessage message, String text, Communication reply) {
		Communication incoming = message.communication();
		Reference reference = new Reference();
		reference.setType("Communication");
		if (incoming.hasIdentifier()) {
			reference.setIdentifier(incoming.getIdentifierFirstRep().copy());
		}
		if (incoming.hasIdElement() && incoming.getIdElement().hasIdPart()) {
			reference.setReference("Communication/" + incoming.getIdElement().getIdPart());
		}
		if (!reference.hasIdentifier() && !reference.hasReference()) {
			Communication copy = new Communication();
			copy.setId(INCOMING_COPY_ID);
			copy.setStatus(incoming.hasStatus() ? incoming.getStatus() : CommunicationStatus.COMPLETED);
			copy.setSubject(new Reference("Patient/" + message.patientId()));
			if (incoming.hasSent()) {
				copy.setSentElement(incoming.getSentElement().copy());
			}
			copy.addPayload().setContent(new StringType(text));
			reply.addContained(copy);
			reference.setReference("#" + INCOMING_COPY_ID);
		}
		return reference;
	}

	private Device device() {
		Device device = new Device();
		device.setId(AssistantCodes.DEVICE_ID);
		device.addDeviceName().setName(this.senderName).setType(DeviceNameType.USERFRIENDLYNAME);
		device.setType(new CodeableConcept().setText("Conversational information service (chatbot)"));
		return device;
	}

	private static CodeableConcept concept(String system, String code) {
		CodeableConcept concept = new CodeableConcept();
		concept.addCoding().setSystem(system).setCode(code);
		return concept;
	}

}
