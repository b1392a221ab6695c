package com.livermets.assistant.channel.sms;

import java.util.ArrayList;
import java.util.List;

import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ReplyKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lays a pipeline reply out as text messages of at most two segments each. Every message
 * carries the escalation message. Order within a message: the text, numbered suggestions,
 * the escalation message, then a "MORE" prompt. An emergency or crisis text is never cut:
 * it comes first and whole. The short text comes first; the long form, when the reply has
 * one, is queued after it so that "MORE" reads on into the details.
 */
final class SmsComposer {

	static final int MAX_SEGMENTS = 2;

	static final String REST_PROMPT = "Reply MORE for the rest";

	static final String DETAILS_PROMPT = "Reply MORE for details";

	/** Between the answers of a reply to a two-part question. */
	private static final String PARAGRAPH = "\n\n";

	private static final Logger logger = LoggerFactory.getLogger(SmsComposer.class);

	SmsMessages compose(ChatReply reply) {
		String escalation = clean(reply.escalation());
		String text = clean(reply.text());
		String details = (reply.moreText() != null) ? clean(reply.moreText()) : "";
		boolean hasDetails = !details.isEmpty() && !details.equals(text);
		List<String> messages = new ArrayList<>();
		String last;
		if (reply.triage().isUrgent()) {
			last = text;
			if (!fits(frame(text, escalation, null))) {
				logger.warn("An urgent reply (rule {}) exceeds {} SMS segments; it is sent whole", reply.safetyRule(),
						MAX_SEGMENTS);
			}
		}
		else {
			last = cutInto(messages, text, escalation);
		}
		List<String> suggestions = numberable(reply.suggestions());
		List<String> shown = new ArrayList<>();
		StringBuilder content = new StringBuilder(last);
		if (reply.kind() == ReplyKind.CLARIFY) {
			// A clarification already lists its options by number in the text; listing
			// them again would waste
			// a segment.
			shown.addAll(suggestions);
			suggestions = List.of();
		}
		for (String suggestion : suggestions) {
			String line = "\n" + "Reply " + (shown.size() + 1) + " for " + suggestion;
			if (!fits(frame(content + line, escalation, null))) {
				// The first suggestions are the most relevant: keep their order rather
				// than pack shorter ones.
				break;
			}
			content.append(line);
			shown.add(suggestion);
		}
		String prompt = (hasDetails && fits(frame(content.toString(), escalation, DETAILS_PROMPT))) ? DETAILS_PROMPT
				: null;
		messages.add(frame(content.toString(), escalation, prompt));
		if (hasDetails) {
			String lastOfDetails = cutInto(messages, details, escalation);
			messages.add(frame(lastOfDetails, escalation, null));
		}
		return new SmsMessages(messages, shown);
	}

	/** A fixed text (help, confirmations) with the escalation message. */
	SmsMessages compose(String text, String escalation) {
		List<String> messages = new ArrayList<>();
		String cleanEscalation = clean(escalation);
		String last = cutInto(messages, clean(text), cleanEscalation);
		messages.add(frame(last, cleanEscalation, null));
		return new SmsMessages(messages, List.of());
	}

	/**
	 * Adds full messages to {@code messages} until the rest of {@code text} fits in a
	 * last message, and returns that rest. Cuts between words when it can.
	 */
	private static String cutInto(List<String> messages, String text, String escalation) {
		String rest = text;
		while (!rest.isEmpty() && !fits(frame(rest, escalation, null))) {
			int end = longestPart(rest, escalation);
			messages.add(frame(rest.substring(0, end), escalation, REST_PROMPT));
			rest = rest.substring(end).strip();
		}
		return rest;
	}

	/**
	 * Where to cut {@code text} so that its first part fits in a message that asks for
	 * "MORE": after the last whole paragraph that fits (a two-part answer keeps each
	 * answer whole), else between words.
	 */
	private static int longestPart(String text, String escalation) {
		int paragraph = -1;
		for (int end = text.indexOf(PARAGRAPH); end > 0; end = text.indexOf(PARAGRAPH, end + 1)) {
			if (!fits(frame(text.substring(0, end), escalation, REST_PROMPT))) {
				break;
			}
			paragraph = end;
		}
		if (paragraph > 0) {
			return paragraph;
		}
		int best = 0;
		for (int end = 1; end < text.length(); end++) {
			boolean wordEnds = Character.isWhitespace(text.charAt(end))
					&& !Character.isWhitespace(text.charAt(end - 1));
			if (wordEnds) {
				if (!fits(frame(text.substring(0, end), escalation, REST_PROMPT))) {
					break;
				}
				best = end;
			}
		}
		if (best > 0) {
			return best;
		}
		// One word longer than a message (a long link): cut it between characters.
		int end = 0;
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (!fits(frame(text.substring(0, next), escalation, REST_PROMPT))) {
				break;
			}
			end = next;
		}
		// Not even one character fits beside the escalation message: send the rest whole
		// rather than loop.
		return (end > 0) ? end : text.length();
	}

	private static List<String> numberable(List<String> suggestions) {
		return suggestions.stream().map(SmsComposer::clean).filter((s) -> !s.isEmpty()).limit(9).toList();
	}

	private static String frame(String content, String escalation, String prompt) {
		StringBuilder message = new StringBuilder(content);
		if (!content.isEmpty()) {
			message.append('\n');
		}
		message.append(escalation);
		if (prompt != null) {
			message.append('\n').append(prompt);
		}
		return message.toString();
	}

	private static boolean fits(String message) {
		return SmsLength.fits(message, MAX_SEGMENTS);
	}

	/**
	 * GSM-7 punctuation, and single spaces within lines so that cuts between words lose
	 * nothing visible.
	 */
	private static String clean(String text) {
		return Gsm7.normalize(text).replaceAll("[ \\x0B\\f\\r]+", " ").replaceAll(" ?\n ?", "\n").strip();
	}

}
