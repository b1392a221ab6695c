package com.livermets.assistant.content;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WordingTests {

	@Test
	void theShippedFileSaysEverySentenceOnceAndQuotesTheTopicsLine() {
		Wording wording = Wordings.defaults();

		for (Wording.Key key : Wording.Key.values()) {
			assertThat(wording.text(key)).as(key.fileKey()).isNotBlank().doesNotContain("{topics}");
		}
		assertThat(wording.escalation()).isEqualTo("If you have any concerns, contact your doctor.");
		assertThat(wording.text(Wording.Key.FALLBACK))
			.isEqualTo("I'm sorry, I can't answer that. " + wording.text(Wording.Key.TOPICS));
		assertThat(wording.where(Wording.Key.ESCALATION)).startsWith("responses/service/wording.txt:");
	}

	@Test
	void placeholdersAreFilledPerMessage() {
		assertThat(Wordings.defaults().text(Wording.Key.SMS_TOO_LONG, Map.of("length", 21, "max", 20)))
			.isEqualTo("Your message has 21 characters; please send at most 20.");
	}

	@Test
	void theThrottledRefusalSaysOneSecondOrSeveral() {
		Wording wording = Wordings.defaults();

		assertThat(wording.throttled(1))
			.isEqualTo("Too many messages in a short time. Please wait 1 second and try again.");
		assertThat(wording.throttled(30))
			.isEqualTo("Too many messages in a short time. Please wait 30 seconds and try again.");
	}

	@Test
	void anUnknownKeyIsRefusedWithItsLine() {
		assertFails(shipped() + "\nfarewell: Bye.\n", "unknown key 'farewell'");
	}

	@Test
	void aRepeatedKeyIsRefused() {
		assertFails(shipped() + "\nescalation: Call us.\n", "'escalation' is given twice");
	}

	@Test
	void aMissingKeyIsRefused() {
		assertFails(shipped().replaceAll("(?m)^no-more:.*$", ""), "'no-more' is missing");
	}

	@Test
	void aPlaceholderTheSentenceCannotFillIsRefused() {
		assertFails(shipped().replaceAll("(?m)^reset:.*$", "reset: Start over, {name}."),
				"'reset' cannot use {name}; it may use {topics}");
	}

	private static String shipped() {
		return ContentFile
			.read(new DefaultResourceLoader().getResource("classpath:responses/" + Wording.FILE), Wording.FILE)
			.text();
	}

	private static void assertFails(String text, String problem) {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> Wording.parse(new ContentFile("wording.txt", text)))
			.withMessageContaining("wording.txt")
			.withMessageContaining(problem);
	}

}
