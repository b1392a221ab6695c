package com.livermets.assistant.text;

import java.util.List;

/**
 * A message after normalization: lower case, plain ASCII punctuation, contractions
 * expanded and shorthand replaced.
 *
 * @param text the tokens joined by single spaces
 * @param tokens the words, in order
 */
public record NormalizedText(String text, List<String> tokens) {

	public NormalizedText {
		tokens = List.copyOf(tokens);
	}

	public boolean isEmpty() {
		return this.tokens.isEmpty();
	}

}
