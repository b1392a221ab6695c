package com.livermets.assistant.nlu;

import java.util.List;

import com.livermets.assistant.chat.ChatReply;

/**
 * What the classifier decided.
 *
 * @param intent the accepted intent, or {@code fallback} when it refuses to guess
 * @param confidence the probability of the best intent (also when it was refused)
 * @param ranking every intent, best first
 */
public record Classification(String intent, double confidence, List<ScoredIntent> ranking) {

	public Classification {
		ranking = List.copyOf(ranking);
	}

	public boolean isFallback() {
		return ChatReply.FALLBACK.equals(this.intent);
	}

	static Classification refused(double confidence, List<ScoredIntent> ranking) {
		return new Classification(ChatReply.FALLBACK, confidence, ranking);
	}

}
