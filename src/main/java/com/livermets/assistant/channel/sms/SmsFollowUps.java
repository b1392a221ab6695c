package com.livermets.assistant.channel.sms;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Per sender (by phone hash): the messages "MORE" still has to send, and the suggestions the last reply numbered,
 * so that "2" can be turned back into the question it stands for. In memory, bounded, forgotten after a while.
 */
final class SmsFollowUps {

	private record FollowUp(List<String> queued, List<String> suggestions) {
	}

	private final Cache<String, FollowUp> followUps;

	SmsFollowUps(SmsProperties properties, Ticker ticker) {
		this.followUps = Caffeine.newBuilder()
			.maximumSize(properties.followUpMaxSize())
			.expireAfterWrite(properties.followUpExpiry())
			.ticker(ticker)
			.build();
	}

	/** For the cache metrics. */
	Cache<String, ?> cache() {
		return this.followUps;
	}

	/** Replaces what the sender's previous reply left: a new reply starts afresh. */
	void remember(String senderKey, SmsMessages reply) {
		if (reply.queued().isEmpty() && reply.suggestions().isEmpty()) {
			this.followUps.invalidate(senderKey);
		}
		else {
			this.followUps.put(senderKey, new FollowUp(List.copyOf(reply.queued()), reply.suggestions()));
		}
	}

	/** Takes the next queued message, atomically so two quick "MORE"s never get the same part. */
	Optional<String> next(String senderKey) {
		AtomicReference<String> next = new AtomicReference<>();
		this.followUps.asMap().computeIfPresent(senderKey, (key, followUp) -> {
			if (followUp.queued().isEmpty()) {
				return followUp;
			}
			next.set(followUp.queued().get(0));
			List<String> rest = followUp.queued().subList(1, followUp.queued().size());
			return new FollowUp(List.copyOf(rest), followUp.suggestions());
		});
		return Optional.ofNullable(next.get());
	}

	/** The suggestion a bare number picks ("1" is the first), if the last reply numbered that many. */
	Optional<String> suggestion(String senderKey, String body) {
		String number = body.strip();
		if (number.length() != 1 || number.charAt(0) < '1' || number.charAt(0) > '9') {
			return Optional.empty();
		}
		FollowUp followUp = this.followUps.getIfPresent(senderKey);
		int index = number.charAt(0) - '1';
		return (followUp != null && index < followUp.suggestions().size())
				? Optional.of(followUp.suggestions().get(index)) : Optional.empty();
	}

	void forget(String senderKey) {
		this.followUps.invalidate(senderKey);
	}

}
