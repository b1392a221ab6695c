package com.livermets.assistant.channel.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ReplyKind;
import com.livermets.assistant.safety.Triage;
import org.hl7.fhir.r4.model.Communication.CommunicationPriority;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyCommunicationTests {

	private final ReplyCommunication replies = new ReplyCommunication(
			Clock.fixed(Instant.parse("2026-03-01T10:15:30.123Z"), ZoneOffset.UTC), "The sender");

	@ParameterizedTest
	@CsvSource({ "NONE, ROUTINE", "CONTACT_DOCTOR, ROUTINE", "EMERGENCY, STAT", "CRISIS, URGENT" })
	void setsPriorityFromTriage(Triage triage, CommunicationPriority priority) {
		Communication reply = this.replies.build(message(), "hi", reply(triage));

		assertThat(reply.getPriority()).isEqualTo(priority);
		assertThat(reply.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo(triage.wireName());
	}

	@Test
	void namesTheSenderWithTheContentsName() {
		Communication reply = this.replies.build(message(), "hi", reply(Triage.NONE));

		assertThat(reply.getSender().getReference()).isEqualTo("#" + AssistantCodes.DEVICE_ID);
		Device sender = (Device) reply.getContained().get(0);
		assertThat(sender.getDeviceNameFirstRep().getName()).isEqualTo("The sender");
	}

	@Test
	void stampsTheSendTimeInUtcToTheSecond() {
		Communication reply = this.replies.build(message(), "hi", reply(Triage.NONE));

		assertThat(reply.getSentElement().getValueAsString()).isEqualTo("2026-03-01T10:15:30+00:00");
	}

	@Test
	void referencesAMessageWithIdentifierOnlyByThatIdentifier() {
		IncomingMessage message = message();
		message.communication().addIdentifier().setSystem("urn:portal").setValue("m-9");

		Reference inResponseTo = this.replies.build(message, "hi", reply(Triage.NONE)).getInResponseToFirstRep();

		assertThat(inResponseTo.getIdentifier().getValue()).isEqualTo("m-9");
		assertThat(inResponseTo.hasReference()).isFalse();
		assertThat(inResponseTo.getType()).isEqualTo("Communication");
	}

	private static IncomingMessage message() {
		Communication communication = new Communication();
		communication.setSubject(new Reference("Patient/p1"));
		communication.addPayload().setContent(new StringType("hi"));
		return new IncomingMessage(communication, "p1");
	}

	private static ChatReply reply(Triage triage) {
		return new ChatReply(ReplyKind.ANSWER, "greeting", 0.5, triage, "Hello.", null,
				"If you have any concerns, contact your doctor.", List.of(), List.of(), null);
	}

}
