package com.livermets.assistant.safety;

import com.livermets.assistant.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety stage as a client sees it through {@code POST /api/chat}: triage, rule,
 * fixed texts, sources.
 */
@ExtendWith(OutputCaptureExtension.class)
class SafetyApiIntegrationTests extends AbstractIntegrationTests {

	private static final String ESCALATION = "If you have any concerns, contact your doctor.";

	@Test
	void emergencyGetsTheEmergencyMessageTheRuleAndNoSnippet() {
		chat("my mum is coughing up blood and looks pale").expectBody()
			.jsonPath("$.triage")
			.isEqualTo("emergency")
			.jsonPath("$.safety.rule")
			.isEqualTo("vomiting_blood")
			.jsonPath("$.reply")
			.value((String reply) -> assertThat(reply).contains("Call 911 now").contains("nearest emergency room"))
			.jsonPath("$.escalation")
			.isEqualTo(ESCALATION)
			.jsonPath("$.sources")
			.isEmpty()
			.jsonPath("$.suggestions")
			.isEmpty();
	}

	@Test
	void crisisGetsTheLifelineTheRuleAndNoSnippet() {
		chat("honestly thinking of ending my life tonight").expectBody()
			.jsonPath("$.triage")
			.isEqualTo("crisis")
			.jsonPath("$.safety.rule")
			.isEqualTo("suicidal_thoughts")
			.jsonPath("$.reply")
			.value((String reply) -> assertThat(reply).contains("988").contains("911"))
			.jsonPath("$.escalation")
			.isEqualTo(ESCALATION)
			.jsonPath("$.sources")
			.isEmpty();
	}

	@Test
	void symptomReportGetsContactDoctorWithTheSourcePassage() {
		chat("my dad's eyes have turned yellow this week").expectBody()
			.jsonPath("$.triage")
			.isEqualTo("contact_doctor")
			.jsonPath("$.safety.rule")
			.isEqualTo("symptom_jaundice")
			.jsonPath("$.reply")
			.value((String reply) -> assertThat(reply).contains("can't assess symptoms"))
			.jsonPath("$.escalation")
			.isEqualTo(ESCALATION)
			.jsonPath("$.sources.length()")
			.isEqualTo(1)
			.jsonPath("$.sources[0].document")
			.isEqualTo("Liver metastases: patient education page")
			.jsonPath("$.sources[0].passage")
			.isEqualTo("The symptoms of liver metastases are often vague and hard to identify yourself.");
	}

	@Test
	void informationQuestionIsAnsweredWithoutTriage() {
		chat("which symptoms can liver metastases give?").expectBody()
			.jsonPath("$.triage")
			.isEqualTo("none")
			.jsonPath("$.safety")
			.doesNotExist()
			.jsonPath("$.escalation")
			.isEqualTo(ESCALATION);
	}

	@Test
	void logsNeverCarryTheMessage(CapturedOutput output) {
		chat("zqxmarker i want to kill myself zqxmarker").expectBody().jsonPath("$.triage").isEqualTo("crisis");
		chat("zqxmarker vomiting blood zqxmarker").expectBody().jsonPath("$.triage").isEqualTo("emergency");
		assertThat(output.getAll()).doesNotContain("zqxmarker").doesNotContain("kill myself");
	}

	private WebTestClient.ResponseSpec chat(String message) {
		return this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(java.util.Map.of("sessionId", "safety-test", "message", message))
			.exchange()
			.expectStatus()
			.isOk();
	}

}
