package com.livermets.assistant.chat;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What became of one message at admission: the safety screen always runs first, then the
 * length check and the sender's rate limit, then the pipeline. Channels render each
 * outcome in their own format.
 */
public sealed interface TurnOutcome {

	/**
	 * What a channel makes of each outcome (one function per kind, so none is forgotten).
	 * @param answered renders a reply
	 * @param tooLong renders "too long", given the length and the maximum
	 * @param throttled renders "wait", given how long
	 */
	default <T> T render(Function<ChatReply, T> answered, BiFunction<Integer, Integer, T> tooLong,
			Function<Duration, T> throttled) {
		if (this instanceof Answered outcome) {
			return answered.apply(outcome.reply());
		}
		if (this instanceof TooLong outcome) {
			return tooLong.apply(outcome.length(), outcome.maxLength());
		}
		return throttled.apply(((Throttled) this).retryAfter());
	}

	/**
	 * A reply: an answer, a clarification, a fallback, or a safety reply that skipped
	 * every check after it.
	 */
	record Answered(ChatReply reply) implements TurnOutcome {

		public Answered {
			Objects.requireNonNull(reply, "reply");
		}

	}

	/**
	 * The message is longer than {@code maxLength} characters and the safety screen found
	 * nothing in it.
	 */
	record TooLong(int length, int maxLength) implements TurnOutcome {
	}

	/**
	 * The sender is over a rate limit and the safety screen found nothing; they may try
	 * again after the wait.
	 */
	record Throttled(Duration retryAfter) implements TurnOutcome {

		public Throttled {
			Objects.requireNonNull(retryAfter, "retryAfter");
		}

	}

}
