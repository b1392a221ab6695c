package com.livermets.assistant.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits what someone typed into sentences, before normalization drops the punctuation. A
 * carer's long story may hold one alarming sentence; judged on its own, that sentence is
 * not diluted by the rest.
 */
public final class Sentences {

	/**
	 * Sentence ends (. ! ? ; and runs of them, ellipses), line breaks, and dashes between
	 * clauses.
	 */
	private static final Pattern BOUNDARY = Pattern
		.compile("(?<=[.!?;\u2026])[\"')\\]]*\\s+|\\s*[\\r\\n]+\\s*|\\s+[-\u2013\u2014]+\\s+");

	/**
	 * A message of more sentences than this is judged in this many pieces, so the cost
	 * stays bounded.
	 */
	public static final int MAX_PIECES = 16;

	private Sentences() {
	}

	/**
	 * The sentences of {@code text}, in order, blank ones dropped; at most
	 * {@link #MAX_PIECES}: beyond that, neighbouring sentences are joined evenly, two or
	 * three to a piece.
	 */
	public static List<String> split(String text) {
		List<String> sentences = new ArrayList<>();
		if (text == null) {
			return sentences;
		}
		for (String part : BOUNDARY.split(text)) {
			String sentence = part.strip();
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
			}
		}
		if (sentences.size() <= MAX_PIECES) {
			return sentences;
		}
		int perPiece = (sentences.size() + MAX_PIECES - 1) / MAX_PIECES;
		List<String> pieces = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i += perPiece) {
			pieces.add(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + perPiece))));
		}
		return pieces;
	}

}
