package com.livermets.assistant.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.livermets.assistant.conversation.ConversationState;
import com.livermets.assistant.conversation.SessionStore;

/**
 * What a channel that cuts replies into parts (SMS) still holds of the last reply: the
 * parts "MORE" has yet to send, and the options it showed by number, so that "2" can be
 * turned back into the question it stands for. Kept in the conversation state under the
 * session key the pipeline uses, not in a store of the channel's own, so a reply, its
 * rest and its numbers are remembered and forgotten together. The channel decides how a
 * reply is cut; this keeps what is left of it.
 */
public final class PendingReplies {

	private final SessionStore sessions;

	public PendingReplies(SessionStore sessions) {
		this.sessions = Objects.requireNonNull(sessions, "sessions");
	}

	/**
	 * Replaces what the session's previous reply left: called once the channel has
	 * rendered a pipeline reply.
	 * @param parts the parts not sent yet, in order
	 * @param numbered the options shown by number, as shown ("1" is the first)
	 */
	public void hold(String sessionKey, List<String> parts, List<String> numbered) {
		ConversationState.Pending pending = new ConversationState.Pending(parts, numbered);
		this.sessions.update(sessionKey, (state) -> state.withPending(pending));
	}

	/** Takes the next part, atomically so two quick "MORE"s never get the same part. */
	public Optional<String> next(String sessionKey) {
		AtomicReference<String> next = new AtomicReference<>();
		this.sessions.update(sessionKey, (state) -> {
			List<String> parts = state.pending().parts();
			if (parts.isEmpty()) {
				return state;
			}
			next.set(parts.get(0));
			return state.withPending(state.pending().rest());
		});
		return Optional.ofNullable(next.get());
	}

	/**
	 * The option a bare number picks ("1" is the first), if the last reply numbered that
	 * many.
	 */
	public Optional<String> option(String sessionKey, String message) {
		String number = message.strip();
		if (number.length() != 1 || number.charAt(0) < '1' || number.charAt(0) > '9') {
			return Optional.empty();
		}
		List<String> numbered = this.sessions.get(sessionKey).pending().numbered();
		int index = number.charAt(0) - '1';
		return (index < numbered.size()) ? Optional.of(numbered.get(index)) : Optional.empty();
	}

	/** Forgets the parts and the numbers (an opt-out); the conversation's topic stays. */
	public void drop(String sessionKey) {
		this.sessions.update(sessionKey, (state) -> state.withPending(ConversationState.Pending.NONE));
	}

}
