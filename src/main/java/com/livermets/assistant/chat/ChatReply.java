package com.livermets.assistant.chat;

import java.util.List;
import java.util.Objects;

import com.livermets.assistant.content.SourcePassage;
import com.livermets.assistant.safety.Triage;

/**
 * The channel-neutral answer to one turn. Channels only change its format.
 *
 * @param kind what the reply is
 * @param intent the intent answered, for {@link ReplyKind#ANSWER}; {@code null} for every
 * other kind
 * @param confidence the classifier's confidence in the reply (1.0 for safety rules and
 * picked options)
 * @param triage how urgently the user should reach people
 * @param text the reply to show, without the escalation message
 * @param moreText a longer form for "tell me more", or {@code null}
 * @param escalation the fixed message telling the user to contact their doctor
 * @param sources the verbatim source passages backing {@code text}; empty when it is not
 * drawn from the source
 * @param suggestions follow-up questions the user can tap or send back
 * @param safetyRule the safety rule that fired, or {@code null}
 */
public record ChatReply(ReplyKind kind, String intent, double confidence, Triage triage, String text, String moreText,
		String escalation, List<SourcePassage> sources, List<String> suggestions, String safetyRule) {

	public ChatReply {
		Objects.requireNonNull(kind, "kind");
		if ((kind == ReplyKind.ANSWER) != (intent != null)) {
			throw new IllegalArgumentException("an answer names its intent and no other kind of reply does: " + kind);
		}
		Objects.requireNonNull(triage, "triage");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(escalation, "escalation");
		sources = List.copyOf(sources);
		suggestions = List.copyOf(suggestions);
	}

	/**
	 * The intent answered, else the kind's label ({@code fallback}, {@code clarify}...):
	 * the API's "intent".
	 */
	public String label() {
		return (this.intent != null) ? this.intent : this.kind.label();
	}

}
