package com.livermets.assistant.conversation;

import java.util.Objects;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import reactor.core.publisher.Mono;

/**
 * Conversation state in memory, bounded in size and forgotten after an idle period: the
 * embedded store. Its reactive methods answer at once, on the caller's thread.
 */
public final class SessionStore implements ConversationStore {

	private final Cache<String, ConversationState> sessions;

	public SessionStore(SessionProperties properties, Ticker ticker) {
		Objects.requireNonNull(properties, "properties");
		if (properties.idleExpiry().isNegative() || properties.idleExpiry().isZero()) {
			throw new IllegalArgumentException("assistant.sessions.idle-expiry must be positive");
		}
		this.sessions = Caffeine.newBuilder()
			.maximumSize(properties.maxSize())
			.expireAfterAccess(properties.idleExpiry())
			.ticker(ticker)
			.recordStats()
			.build();
	}

	public ConversationState get(String sessionKey) {
		ConversationState state = this.sessions.getIfPresent(sessionKey);
		return (state != null) ? state : ConversationState.NEW;
	}

	public void put(String sessionKey, ConversationState state) {
		this.sessions.put(sessionKey, state);
	}

	@Override
	public Mono<ConversationState> load(String sessionKey) {
		return Mono.fromSupplier(() -> get(sessionKey));
	}

	@Override
	public Mono<Void> save(String sessionKey, ConversationState state) {
		return Mono.fromRunnable(() -> put(sessionKey, state));
	}

	/**
	 * Changes the session's state in one atomic step, so two quick messages never both
	 * act on the same state. A session without state starts from
	 * {@link ConversationState#NEW}; a state that is still new is not stored.
	 */
	@Override
	public Mono<ConversationState> update(String sessionKey, UnaryOperator<ConversationState> change) {
		return Mono.fromSupplier(() -> {
			ConversationState stored = this.sessions.asMap().compute(sessionKey, (key, state) -> {
				ConversationState next = change.apply((state != null) ? state : ConversationState.NEW);
				return (state == null && ConversationState.NEW.equals(next)) ? null : next;
			});
			return (stored != null) ? stored : ConversationState.NEW;
		});
	}

	public void clear(String sessionKey) {
		this.sessions.invalidate(sessionKey);
	}

	/** Statistics, published as metrics. */
	public Cache<String, ConversationState> cache() {
		return this.sessions;
	}

}
