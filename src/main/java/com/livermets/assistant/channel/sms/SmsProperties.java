package com.livermets.assistant.channel.sms;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What SMS says (HELP, START, over the limit) is content:
 * {@code responses/service/wording.txt}.
 *
 * @param authToken the Twilio auth token that signs webhook calls
 * ({@code ASSISTANT_SMS_AUTH_TOKEN}, or {@code TWILIO_AUTH_TOKEN} when this is empty);
 * while empty, every webhook call is refused
 * @param publicUrl the webhook URL exactly as entered in the Twilio Console; Twilio signs
 * this URL, which differs from the one the service sees behind a proxy or load balancer
 * @param validateSignature {@code false} only for local development without Twilio:
 * anyone could then post
 * @param suppressionFile where opted-out senders (hashes only) are kept across restarts
 * @param duplicateWindow how long a provider message id is remembered to answer retries
 * identically
 * @param duplicateMaxSize how many message ids are remembered at most
 */
@Validated
@ConfigurationProperties("assistant.sms")
public record SmsProperties(@DefaultValue("") String authToken,
		@DefaultValue("") @Pattern(regexp = "(https?://\\S+)?",
				message = "must be the absolute webhook URL, e.g. https://your-host/sms/twilio") String publicUrl,
		@DefaultValue("true") boolean validateSignature,
		@DefaultValue("./data/sms-suppression.mv.db") @NotNull Path suppressionFile,
		@DefaultValue("1h") @NotNull Duration duplicateWindow, @DefaultValue("10000") @Min(1) long duplicateMaxSize) {

	@Override
	public String toString() {
		// Keeps the auth token out of logs and error messages.
		return "SmsProperties[publicUrl=" + this.publicUrl + ", validateSignature=" + this.validateSignature
				+ ", suppressionFile=" + this.suppressionFile + "]";
	}

}
