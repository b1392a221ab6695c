package com.livermets.assistant.safety;

import java.util.function.Predicate;

/**
 * One word of a rule pattern: {@code word}, {@code prefix*} or {@code =exact}. Words of
 * five or more letters also match one typo (a letter missing, extra, changed or two
 * letters swapped); four-letter words match two swapped letters ("pian"). A typo never
 * changes the first letter, and a real English word ("fewer", "tried") is never taken for
 * a typo, which keeps typo tolerance from raising false alarms.
 */
record Term(String text, boolean prefix, boolean exact) {

	private static final int FULL_TOLERANCE_LENGTH = 5;

	private static final int SWAP_TOLERANCE_LENGTH = 4;

	boolean matches(String token, Predicate<String> realWord) {
		if (this.prefix ? token.startsWith(this.text) : token.equals(this.text)) {
			return true;
		}
		if (this.exact || token.isEmpty() || token.charAt(0) != this.text.charAt(0) || realWord.test(token)) {
			return false;
		}
		if (!this.prefix) {
			return oneTypoApart(token, this.text);
		}
		for (int length = this.text.length() - 1; length <= this.text.length() + 1; length++) {
			if (length <= token.length() && oneTypoApart(token.substring(0, length), this.text)) {
				return true;
			}
		}
		return false;
	}

	private static boolean oneTypoApart(String typed, String word) {
		if (word.length() >= FULL_TOLERANCE_LENGTH) {
			return distanceAtMostOne(typed, word);
		}
		return word.length() == SWAP_TOLERANCE_LENGTH && isOneSwap(typed, word);
	}

	/**
	 * Optimal-string-alignment distance of at most one, without building the full table.
	 */
	static boolean distanceAtMostOne(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1) {
			return false;
		}
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		if (i == a.length() && i == b.length()) {
			return true;
		}
		if (a.length() == b.length()) {
			return a.substring(i + 1).equals(b.substring(i + 1)) || isOneSwap(a, b);
		}
		return (a.length() > b.length()) ? a.substring(i + 1).equals(b.substring(i))
				: a.substring(i).equals(b.substring(i + 1));
	}

	private static boolean isOneSwap(String a, String b) {
		if (a.length() != b.length()) {
			return false;
		}
		int i = 0;
		while (i < a.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
				&& a.substring(i + 2).equals(b.substring(i + 2));
	}

	@Override
	public String toString() {
		return (this.exact ? "=" : "") + this.text + (this.prefix ? "*" : "");
	}

}
