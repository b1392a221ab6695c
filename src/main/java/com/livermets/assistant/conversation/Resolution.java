package com.livermets.assistant.conversation;

import java.util.List;
import java.util.Objects;

/**
 * What a turn amounts to once the conversation so far is taken into account; the chat
 * pipeline turns it into a reply.
 *
 * @param kind what to do
 * @param intent the intent to answer ({@link Kind#ANSWER}, {@link Kind#MORE}), otherwise
 * {@code null}
 * @param options the intents to offer ({@link Kind#CLARIFY}), otherwise empty
 * @param confidence how sure the decision is: the classifier's probability, or 1.0 for an
 * explicit user choice
 * @param text the reply's own wording ({@link Kind#NOT_COVERED},
 * {@link Kind#ANSWER_AND_GAP}), otherwise {@code null}
 */
public record Resolution(Kind kind, String intent, List<String> options, double confidence, String text) {

	public enum Kind {

		/** Answer {@code intent}. */
		ANSWER,
		/** Give the longer form of {@code intent}, the current topic. */
		MORE,
		/** Ask "Did you mean ...?" with {@code options}. */
		CLARIFY,
		/** Say what the service can help with; nothing matched. */
		FALLBACK,
		/** The user turned down the offered options. */
		DECLINED,
		/** Forget the conversation and start over. */
		RESET,
		/**
		 * The page covers the topic {@code intent} but not what was asked of it: say so
		 * in {@code text}, with no sources, and offer the topic's summary.
		 */
		NOT_COVERED,
		/**
		 * The message asked what the topic {@code intent} is and an aspect the page does
		 * not cover: answer the first with the topic's snippet and its sources, and say
		 * the second in {@code text}.
		 */
		ANSWER_AND_GAP,
		/**
		 * The message asked two things the page answers: answer both {@code options}, in
		 * order.
		 */
		BOTH

	}

	public Resolution {
		Objects.requireNonNull(kind, "kind");
		options = List.copyOf(options);
	}

	Resolution(Kind kind, String intent, List<String> options, double confidence) {
		this(kind, intent, options, confidence, null);
	}

	static Resolution answer(String intent, double confidence) {
		return new Resolution(Kind.ANSWER, Objects.requireNonNull(intent, "intent"), List.of(), confidence);
	}

	static Resolution more(String intent) {
		return new Resolution(Kind.MORE, Objects.requireNonNull(intent, "intent"), List.of(), 1.0);
	}

	static Resolution clarify(List<String> options, double confidence) {
		if (options.size() < 2) {
			throw new IllegalArgumentException("a clarification needs at least two options");
		}
		return new Resolution(Kind.CLARIFY, null, options, confidence);
	}

	static Resolution fallback(double confidence) {
		return new Resolution(Kind.FALLBACK, null, List.of(), confidence);
	}

	static Resolution declined() {
		return new Resolution(Kind.DECLINED, null, List.of(), 1.0);
	}

	static Resolution reset() {
		return new Resolution(Kind.RESET, null, List.of(), 1.0);
	}

	static Resolution notCovered(String topic, String text, double confidence) {
		return new Resolution(Kind.NOT_COVERED, Objects.requireNonNull(topic, "topic"), List.of(), confidence,
				Objects.requireNonNull(text, "text"));
	}

	static Resolution answerAndGap(String topic, String text, double confidence) {
		return new Resolution(Kind.ANSWER_AND_GAP, Objects.requireNonNull(topic, "topic"), List.of(), confidence,
				Objects.requireNonNull(text, "text"));
	}

	static Resolution both(String first, String second, double confidence) {
		if (first.equals(second)) {
			throw new IllegalArgumentException("two answers need two intents");
		}
		return new Resolution(Kind.BOTH, null, List.of(first, second), confidence);
	}

}
