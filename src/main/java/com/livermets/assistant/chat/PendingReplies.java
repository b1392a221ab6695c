package com.livermets.assistant.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.livermets.assistant.conversation.ConversationState;
import com.livermets.assistant.conversation.ConversationStore;
import reactor.core.publisher.Mono;

/**
 * What a channel that cuts replies into parts (SMS) still holds of the last reply: the
 * parts "MORE" has yet to send, and the options it showed by number, so that "2" can be
 * turned back into the question it stands for. Kept in the conversation state under the
 * session key the pipeline uses, not in a store of the channel's own, so a reply, its
 * rest and its numbers are remembered and forgotten together. The channel decides how a
 * reply is cut; this keeps what is left of it.
 */
public final class PendingReplies {

	private final ConversationStore sessions;

	public PendingReplies(ConversationStore sessions) {
		this.sessions = Objects.requireNonNull(sessions, "sessions");
	}

	/**
	 * Replaces what the session's previous reply left: called once the channel has
	 * rendered a pipeline reply. Without the store the reply still goes out; only "MORE"
	 * and the numbers will not know it.
	 * @param parts the parts not sent yet, in order
	 * @param numbered the options shown by number, as shown ("1" is the first)
	 */
	public Mono<Void> hold(String sessionKey, List<String> parts, List<String> numbered) {
		ConversationState.Pending pending = new ConversationState.Pending(parts, numbered);
		return this.sessions.update(sessionKey, (state) -> state.withPending(pending))
			.then()
			.onErrorResume((ex) -> Mono.empty());
	}

	/**
	 * Takes the next part, atomically so two quick "MORE"s never get the same part, even
	 * on two nodes; empty as well when the store cannot be reached.
	 */
	public Mono<Optional<String>> next(String sessionKey) {
		AtomicReference<String> next = new AtomicReference<>();
		return this.sessions.update(sessionKey, (state) -> {
			next.set(null);
			List<String> parts = state.pending().parts();
			if (parts.isEmpty()) {
				return state;
			}
			next.set(parts.get(0));
			return state.withPending(state.pending().rest());
		}).map((state) -> Optional.ofNullable(next.get())).onErrorResume((ex) -> Mono.just(Optional.empty()));
	}

	/**
	 * The option a bare number picks ("1" is the first), if the last reply numbered that
	 * many; empty as well when the store cannot be reached.
	 */
	public Mono<Optional<String>> option(String sessionKey, String message) {
		String number = message.strip();
		if (number.length() != 1 || number.charAt(0) < '1' || number.charAt(0) > '9') {
			return Mono.just(Optional.empty());
		}
		int index = number.charAt(0) - '1';
		return this.sessions.load(sessionKey).map((state) -> {
			List<String> numbered = state.pending().numbered();
			return (index < numbered.size()) ? Optional.of(numbered.get(index)) : Optional.<String>empty();
		}).onErrorResume((ex) -> Mono.just(Optional.empty()));
	}

	/**
	 * Forgets the parts and the numbers (an opt-out); the conversation's topic stays.
	 * Without the store they are left to expire: the sender is opted out anyway.
	 */
	public Mono<Void> drop(String sessionKey) {
		return this.sessions.update(sessionKey, (state) -> state.withPending(ConversationState.Pending.NONE))
			.then()
			.onErrorResume((ex) -> Mono.empty());
	}

}
