package com.livermets.assistant.nlu;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Corrects a misspelt word to the closest word of the training vocabulary (Damerau-Levenshtein, optimal string
 * alignment). It never touches numbers, short tokens or known abbreviations: "ct" must not become "at", nor
 * "5" anything at all.
 */
final class SpellingCorrector {

	/** Abbreviations that look like typos of ordinary words but are not. */
	static final Set<String> PROTECTED = Set.of("ct", "mri", "pet", "hai", "crc", "tace", "tare", "rfa", "mwa",
			"sbrt", "cea", "hcc", "msk", "nhs", "gp", "icu", "er", "ae", "iv", "ivs", "mets");

	/** Shorter words are too often other real words ("bye", "ok", "cya") to correct safely. */
	private static final int MIN_LENGTH = 4;

	/** From this length on a word may be two edits away; below it, one. */
	private static final int TWO_EDITS_FROM = 8;

	private final Map<String, Integer> vocabulary;

	/** @param vocabulary the training words and how often each occurs (ties go to the more frequent word) */
	SpellingCorrector(Map<String, Integer> vocabulary) {
		this.vocabulary = Map.copyOf(Objects.requireNonNull(vocabulary, "vocabulary"));
	}

	String correct(String word) {
		if (!isCorrectable(word)) {
			return word;
		}
		int budget = word.length() >= TWO_EDITS_FROM ? 2 : 1;
		String best = word;
		int bestDistance = budget + 1;
		int bestFrequency = 0;
		for (Map.Entry<String, Integer> candidate : this.vocabulary.entrySet()) {
			String known = candidate.getKey();
			if (known.length() < MIN_LENGTH || Math.abs(known.length() - word.length()) > budget) {
				continue;
			}
			int distance = distance(word, known, budget);
			boolean better = distance < bestDistance || (distance == bestDistance
					&& (candidate.getValue() > bestFrequency
							|| (candidate.getValue() == bestFrequency && known.compareTo(best) < 0)));
			if (distance <= budget && better) {
				best = known;
				bestDistance = distance;
				bestFrequency = candidate.getValue();
			}
		}
		return best;
	}

	private boolean isCorrectable(String word) {
		return word.length() >= MIN_LENGTH && !this.vocabulary.containsKey(word) && !PROTECTED.contains(word)
				&& word.chars().allMatch(Character::isLetter);
	}

	/**
	 * Optimal-string-alignment distance, or {@code budget + 1} as soon as it is certain to exceed the budget.
	 */
	static int distance(String a, String b, int budget) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, d[i - 2][j - 2] + 1);
				}
				d[i][j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > budget) {
				return budget + 1;
			}
		}
		return Math.min(d[a.length()][b.length()], budget + 1);
	}

}
