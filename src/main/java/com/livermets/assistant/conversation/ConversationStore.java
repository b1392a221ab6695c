package com.livermets.assistant.conversation;

import java.util.function.UnaryOperator;

import reactor.core.publisher.Mono;

/**
 * Where conversation state lives between turns, keyed by the hashed session key: in this
 * process ({@link SessionStore}) or in Redis ({@link RedisConversationStore}), so that
 * any node can take the next turn. Reactive, because a shared store answers over the
 * network and its client must never be blocked on. Each call fails when the store cannot
 * be reached; the caller decides how to go on without it.
 */
public interface ConversationStore {

	/** The session's state; {@link ConversationState#NEW} when there is none. */
	Mono<ConversationState> load(String sessionKey);

	/** Replaces the session's state; it is forgotten after the idle expiry. */
	Mono<Void> save(String sessionKey, ConversationState state);

	/**
	 * Changes the session's state in one atomic step, so two quick messages, even on two
	 * nodes, never both act on the same state. {@code change} may run more than once and
	 * must have no effect beyond its result. A state that is still new is not stored.
	 * @return the state after the change
	 */
	Mono<ConversationState> update(String sessionKey, UnaryOperator<ConversationState> change);

}
