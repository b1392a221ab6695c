package com.livermets.assistant.channel.sms;

import java.util.ArrayList;
import java.util.List;

import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ReplyKind;
import com.livermets.assistant.safety.Triage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsComposerTests {

	static final String ESCALATION = "If you have any concerns, contact your doctor.";

	private final SmsComposer composer = new SmsComposer();

	@Test
	void aShortReplyIsOneMessageWithNumberedSuggestionsAndTheEscalation() {
		SmsMessages sms = this.composer.compose(reply(Triage.NONE, "Short answer.", null,
				List.of("What are liver metastases?", "How are they found?")));

		assertThat(sms.messages()).containsExactly("Short answer.\nReply 1 for What are liver metastases?\n"
				+ "Reply 2 for How are they found?\n" + ESCALATION);
		assertThat(sms.suggestions()).containsExactly("What are liver metastases?", "How are they found?");
	}

	@Test
	void aClarificationKeepsItsOwnNumberingAndIsNotListedTwice() {
		String text = "Did you mean one of these?\n1. What is ablation?\n2. What is embolization?\n"
				+ "Reply with the number, or \"neither\".";
		ChatReply clarification = new ChatReply(ReplyKind.CLARIFY, null, 0.55, Triage.NONE, text, null, ESCALATION,
				List.of(), List.of("What is ablation?", "What is embolization?"), null);

		SmsMessages sms = this.composer.compose(clarification);

		assertThat(sms.messages()).containsExactly(text + "\n" + ESCALATION);
		assertThat(sms.suggestions()).containsExactly("What is ablation?", "What is embolization?");
	}

	@Test
	void curlyPunctuationIsSentAsGsm7() {
		SmsMessages sms = this.composer.compose(reply(Triage.NONE, "It’s “fine” – really…", null, List.of()));

		assertThat(sms.first()).startsWith("It's \"fine\" - really...");
		assertThat(SmsLength.of(sms.first()).encoding()).isEqualTo(SmsLength.Encoding.GSM_7);
	}

	@Test
	void suggestionsThatDoNotFitAreLeftOutAndNotNumbered() {
		String text = words("answer", 200);
		SmsMessages sms = this.composer.compose(reply(Triage.NONE, text, null,
				List.of("A first follow-up question?", "A second follow-up question?", "A third one?")));

		assertThat(sms.messages()).hasSize(1);
		assertThat(SmsLength.fits(sms.first(), 2)).isTrue();
		assertThat(sms.first()).contains("Reply 1 for A first follow-up question?")
			.doesNotContain("Reply 2")
			.doesNotContain("third");
		assertThat(sms.suggestions()).containsExactly("A first follow-up question?");
	}

	@Test
	void aLongGsmReplyIsCutBetweenWordsIntoMessagesOfTwoSegmentsThatLoseNothing() {
		String text = words("Liver metastases are tumors that spread to the liver.", 1200);

		SmsMessages sms = this.composer.compose(reply(Triage.NONE, text, null, List.of()));

		assertThat(sms.messages()).hasSizeGreaterThan(3);
		assertEachFitsAndCarriesTheEscalation(sms);
		assertThat(sms.messages().get(0)).endsWith(ESCALATION + "\n" + SmsComposer.REST_PROMPT);
		assertThat(sms.messages().get(sms.messages().size() - 1)).endsWith(ESCALATION);
		assertThat(String.join(" ", contents(sms))).isEqualTo(text);
	}

	@Test
	void aReplyWithNonGsmCharactersIsCutAt134Utf16Units() {
		String text = words("肝转移 liver 😀 métastases", 700);

		SmsMessages sms = this.composer.compose(reply(Triage.NONE, text, null, List.of()));

		assertEachFitsAndCarriesTheEscalation(sms);
		for (String message : sms.messages()) {
			assertThat(SmsLength.of(message).encoding()).isEqualTo(SmsLength.Encoding.UCS_2);
			assertThat(message.length()).isLessThanOrEqualTo(134);
		}
		assertThat(String.join(" ", contents(sms))).isEqualTo(text);
	}

	@Test
	void anUrgentMessageComesFirstAndWholeEvenWhenLong() {
		String urgent = words("Call your emergency number now.", 400);

		SmsMessages sms = this.composer.compose(reply(Triage.EMERGENCY, urgent, null, List.of()));

		assertThat(sms.messages()).containsExactly(urgent + "\n" + ESCALATION);
	}

	@Test
	void anUrgentMessageThatFitsIsOneMessageStartingWithIt() {
		SmsMessages sms = this.composer
			.compose(reply(Triage.CRISIS, "Please call a crisis line now.", null, List.of()));

		assertThat(sms.messages()).containsExactly("Please call a crisis line now.\n" + ESCALATION);
	}

	@Test
	void theLongFormIsQueuedAfterTheShortForm() {
		String details = words("Longer details about the answer.", 500);

		SmsMessages sms = this.composer.compose(reply(Triage.NONE, "Short answer.", details, List.of()));

		assertThat(sms.first()).isEqualTo("Short answer.\n" + ESCALATION + "\n" + SmsComposer.DETAILS_PROMPT);
		assertEachFitsAndCarriesTheEscalation(sms);
		assertThat(String.join(" ", contents(sms).subList(1, sms.messages().size()))).isEqualTo(details);
	}

	@Test
	void aLongFormEqualToTheShortFormIsNotQueued() {
		SmsMessages sms = this.composer.compose(reply(Triage.NONE, "Same.", "Same.", List.of()));

		assertThat(sms.messages()).containsExactly("Same.\n" + ESCALATION);
	}

	@Test
	void aWordLongerThanAMessageIsCutBetweenCharacters() {
		String link = "https://example.org/" + "x".repeat(600);

		SmsMessages sms = this.composer.compose(reply(Triage.NONE, link, null, List.of()));

		assertEachFitsAndCarriesTheEscalation(sms);
		assertThat(String.join("", contents(sms))).isEqualTo(link);
	}

	@Test
	void aFixedTextGetsTheEscalation() {
		assertThat(this.composer.compose("Help text.", ESCALATION).messages())
			.containsExactly("Help text.\n" + ESCALATION);
	}

	private static void assertEachFitsAndCarriesTheEscalation(SmsMessages sms) {
		for (String message : sms.messages()) {
			assertThat(SmsLength.of(message).segments()).as(message).isLessThanOrEqualTo(2);
			assertThat(message).contains(ESCALATION);
		}
	}

	/** Each message's text without the escalation message and the MORE prompt. */
	private static List<String> contents(SmsMessages sms) {
		List<String> contents = new ArrayList<>();
		for (String message : sms.messages()) {
			int end = message.indexOf("\n" + ESCALATION);
			contents.add(message.substring(0, end));
		}
		return contents;
	}

	/**
	 * Repeats {@code sentence} up to about {@code length} characters, ending at a word.
	 */
	static String words(String sentence, int length) {
		StringBuilder text = new StringBuilder(sentence);
		while (text.length() < length) {
			text.append(' ').append(sentence);
		}
		return text.toString();
	}

	static ChatReply reply(Triage triage, String text, String moreText, List<String> suggestions) {
		return new ChatReply(triage.isUrgent() ? ReplyKind.SAFETY : ReplyKind.ANSWER,
				triage.isUrgent() ? null : "definition", 0.9, triage, text, moreText, ESCALATION, List.of(),
				suggestions, triage.isUrgent() ? "test_rule" : null);
	}

	@Test
	void aTwoPartAnswerIsSentWithinTheBudgetAndMoreReadsOnIntoTheSecondPart() {
		String first = "Through genetic testing of tumors, it is possible to learn about the molecular blueprint of "
				+ "your particular cancer and customize a treatment plan for you.";
		String second = "Most liver metastases start as cancer in the colon or rectum. Much less commonly, they can also "
				+ "start as lung cancer, skin cancer, or breast, esophageal, stomach, pancreatic, or kidney cancer.";
		ChatReply twoPart = new ChatReply(ReplyKind.ANSWER, "genetic_testing", 0.9, Triage.NONE,
				first + "\n\n" + second, null, ESCALATION, List.of(), List.of("How are liver metastases treated?"),
				null);

		SmsMessages sms = this.composer.compose(twoPart);

		assertThat(sms.messages()).hasSizeGreaterThan(1)
			.allSatisfy((message) -> assertThat(SmsLength.fits(message, SmsComposer.MAX_SEGMENTS)).isTrue())
			.allSatisfy((message) -> assertThat(message).contains(ESCALATION));
		assertThat(sms.first()).as("each answer stays whole")
			.isEqualTo(first + "\n" + ESCALATION + "\n" + SmsComposer.REST_PROMPT);
		assertThat(sms.messages().get(1)).startsWith(second);
	}

}
