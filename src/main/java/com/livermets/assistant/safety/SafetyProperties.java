package com.livermets.assistant.safety;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the safety rules and their fixed messages live, and the local emergency number. The defaults read the
 * reviewed copies packaged in the jar.
 *
 * @param rules the rule file: which phrasings are emergencies, crises or symptom reports
 * @param cues the context words: negation, questions, hypotheticals, personal markers
 * @param messages the folder with {@code emergency.txt}, {@code crisis.txt} and {@code contact_doctor.txt}
 * @param emergencyNumber replaces {@code {emergency-number}} in the fixed messages
 */
@Validated
@ConfigurationProperties("assistant.safety")
public record SafetyProperties(@DefaultValue("classpath:intents/safety/rules.txt") @NotBlank String rules,
		@DefaultValue("classpath:intents/safety/cues.txt") @NotBlank String cues,
		@DefaultValue("classpath:responses/safety/") @NotBlank String messages,
		@DefaultValue("911") @Pattern(regexp = "\\+?[0-9]{2,15}",
				message = "must be a phone number of 2 to 15 digits") String emergencyNumber) {
}
