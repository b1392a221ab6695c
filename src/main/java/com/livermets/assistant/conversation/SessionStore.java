package com.livermets.assistant.conversation;

import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/** Conversation state in memory, bounded in size and forgotten after an idle period. */
public final class SessionStore {

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

	public void clear(String sessionKey) {
		this.sessions.invalidate(sessionKey);
	}

	/** Statistics, published as metrics. */
	public Cache<String, ConversationState> cache() {
		return this.sessions;
	}

}
