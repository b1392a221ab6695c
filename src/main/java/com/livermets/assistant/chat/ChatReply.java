package com.livermets.assistant.chat;

import java.util.List;
import java.util.Objects;

import com.livermets.assistant.content.SourcePassage;

/**
 * The channel-neutral answer to one turn. Channels only change its format.
 *
 * @param intent the matched intent (the first, when two were answered), or {@code fallback}, {@code clarify},
 * {@code not_covered}, {@code reset} or {@code safety}
 * @param confidence the classifier's confidence in {@code intent} (1.0 for safety rules and picked options)
 * @param triage how urgently the user should reach people
 * @param text the reply to show, without the escalation message
 * @param moreText a longer form for "tell me more", or {@code null}
 * @param escalation the fixed message telling the user to contact their doctor
 * @param sources the verbatim source passages backing {@code text}; empty when it is not drawn from the source
 * @param suggestions follow-up questions the user can tap or send back
 * @param safetyRule the safety rule that fired, or {@code null}
 */
public record ChatReply(String intent, double confidence, Triage triage, String text, String moreText,
		String escalation, List<SourcePassage> sources, List<String> suggestions, String safetyRule) {

	public static final String FALLBACK = "fallback";

	/** A "Did you mean ...?" question; its options are the suggestions. */
	public static final String CLARIFY = "clarify";

	/** The conversation was started over. */
	public static final String RESET = "reset";

	/** The page covers the topic but not what was asked of it; the reply says so and cites nothing. */
	public static final String NOT_COVERED = "not_covered";

	/** A safety rule answered instead of the classifier. */
	public static final String SAFETY = "safety";

	public ChatReply {
		Objects.requireNonNull(intent, "intent");
		Objects.requireNonNull(triage, "triage");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(escalation, "escalation");
		sources = List.copyOf(sources);
		suggestions = List.copyOf(suggestions);
	}

}
