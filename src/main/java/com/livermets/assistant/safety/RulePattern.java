package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * A phrase a safety rule looks for in a normalized message. Syntax, one pattern per line:
 * <ul>
 * <li>{@code word}, {@code word*} (any word starting so), {@code =word} (no typo tolerance), see {@link Term}</li>
 * <li>{@code (a|b c)} one of the alternatives, each one or more elements; alternatives may nest</li>
 * <li>{@code x?} or {@code (a|b)?} optional</li>
 * <li>{@code ~N} up to N (1 to 8) other words in between</li>
 * </ul>
 */
final class RulePattern {

	/** Where a pattern matched: tokens {@code start} (inclusive) to {@code end} (exclusive). */
	record Span(int start, int end) {

		boolean overlaps(Span other) {
			return this.start < other.end && other.start < this.end;
		}

	}

	/**
	 * @param real words never read as a typo of a rule word
	 * @param barriers words a gap never skips
	 */
	record Words(Set<String> real, Set<String> barriers) {
	}

	private interface Element {

	}

	private record Word(Term term) implements Element {
	}

	private record Choice(List<List<Element>> alternatives, boolean optional) implements Element {
	}

	private record Gap(int max) implements Element {
	}

	static final int MAX_GAP = 8;

	private final String source;

	private final List<Element> elements;

	private RulePattern(String source, List<Element> elements) {
		this.source = source;
		this.elements = elements;
	}

	/**
	 * Parses a pattern line.
	 * @throws IllegalArgumentException with a message for the rule author when the syntax is wrong
	 */
	static RulePattern parse(String pattern) {
		Parser parser = new Parser(pattern);
		List<Element> elements = parser.sequence(0);
		if (parser.position < pattern.length()) {
			throw new IllegalArgumentException("unexpected '" + pattern.charAt(parser.position) + "' at column "
					+ (parser.position + 1));
		}
		if (elements.stream().allMatch(RulePattern::isOptional)) {
			throw new IllegalArgumentException("a pattern needs at least one word that is not optional");
		}
		return new RulePattern(pattern, List.copyOf(elements));
	}

	/**
	 * Every place the pattern matches, the shortest match for each start. A {@code ~N} gap never skips a barrier
	 * word, so "chemo and no fever" is not "chemo ~8 fever".
	 */
	List<Span> find(List<String> tokens, Words words) {
		List<Span> spans = new ArrayList<>();
		for (int start = 0; start < tokens.size(); start++) {
			BitSet ends = ends(this.elements, tokens, start, words);
			int end = ends.nextSetBit(start + 1);
			if (end > start) {
				spans.add(new Span(start, end));
			}
		}
		return spans;
	}

	private static BitSet ends(List<Element> sequence, List<String> tokens, int start, Words words) {
		BitSet positions = new BitSet();
		positions.set(start);
		for (Element element : sequence) {
			BitSet next = new BitSet();
			for (int p = positions.nextSetBit(0); p >= 0; p = positions.nextSetBit(p + 1)) {
				next.or(ends(element, tokens, p, words));
			}
			if (next.isEmpty()) {
				return next;
			}
			positions = next;
		}
		return positions;
	}

	private static BitSet ends(Element element, List<String> tokens, int position, Words words) {
		BitSet ends = new BitSet();
		if (element instanceof Word word) {
			if (position < tokens.size() && word.term().matches(tokens.get(position), words.real())) {
				ends.set(position + 1);
			}
		}
		else if (element instanceof Choice choice) {
			for (List<Element> alternative : choice.alternatives()) {
				ends.or(ends(alternative, tokens, position, words));
			}
			if (choice.optional()) {
				ends.set(position);
			}
		}
		else if (element instanceof Gap gap) {
			int last = Math.min(tokens.size(), position + gap.max());
			for (int p = position; p <= last; p++) {
				ends.set(p);
				if (p < tokens.size() && words.barriers().contains(tokens.get(p))) {
					break;
				}
			}
		}
		return ends;
	}

	private static boolean isOptional(Element element) {
		return element instanceof Gap || (element instanceof Choice choice && choice.optional());
	}

	@Override
	public String toString() {
		return this.source;
	}

	/** Recursive descent over the pattern text; problems name the column. */
	private static final class Parser {

		private final String text;

		private int position;

		Parser(String text) {
			this.text = text;
		}

		List<Element> sequence(int depth) {
			List<Element> elements = new ArrayList<>();
			skipSpaces();
			while (this.position < this.text.length() && this.text.charAt(this.position) != ')'
					&& this.text.charAt(this.position) != '|') {
				elements.add(element(depth));
				skipSpaces();
			}
			if (elements.isEmpty()) {
				throw new IllegalArgumentException("empty pattern or alternative at column " + (this.position + 1));
			}
			if (elements.get(0) instanceof Gap || elements.get(elements.size() - 1) instanceof Gap) {
				throw new IllegalArgumentException("'~N' must stand between two words");
			}
			for (int i = 1; i < elements.size(); i++) {
				if (elements.get(i) instanceof Gap && elements.get(i - 1) instanceof Gap) {
					throw new IllegalArgumentException("two '~N' in a row; use one");
				}
			}
			return elements;
		}

		private Element element(int depth) {
			char c = this.text.charAt(this.position);
			if (c == '~') {
				return gap();
			}
			if (c == '(') {
				this.position++;
				List<List<Element>> alternatives = new ArrayList<>();
				alternatives.add(List.copyOf(sequence(depth + 1)));
				while (this.position < this.text.length() && this.text.charAt(this.position) == '|') {
					this.position++;
					alternatives.add(List.copyOf(sequence(depth + 1)));
				}
				if (this.position >= this.text.length() || this.text.charAt(this.position) != ')') {
					throw new IllegalArgumentException("'(' at depth " + (depth + 1) + " is never closed");
				}
				this.position++;
				return new Choice(List.copyOf(alternatives), optionalMark());
			}
			Term term = term();
			return optionalMark() ? new Choice(List.of(List.of(new Word(term))), true) : new Word(term);
		}

		private Element gap() {
			int start = ++this.position;
			while (this.position < this.text.length() && Character.isDigit(this.text.charAt(this.position))) {
				this.position++;
			}
			if (start == this.position) {
				throw new IllegalArgumentException("'~' must be followed by a number, e.g. '~3'");
			}
			int max = Integer.parseInt(this.text.substring(start, Math.min(this.position, start + 3)));
			if (max < 1 || max > MAX_GAP || this.position - start > 2) {
				throw new IllegalArgumentException("'~N' allows 1 to " + MAX_GAP + " words in between");
			}
			if (this.position < this.text.length() && this.text.charAt(this.position) == '?') {
				throw new IllegalArgumentException("'~N' is already optional; drop the '?'");
			}
			return new Gap(max);
		}

		private Term term() {
			int start = this.position;
			boolean exact = this.text.charAt(this.position) == '=';
			if (exact) {
				this.position++;
			}
			int wordStart = this.position;
			while (this.position < this.text.length() && isWordChar(this.text.charAt(this.position))) {
				this.position++;
			}
			String word = this.text.substring(wordStart, this.position);
			if (word.isEmpty()) {
				throw new IllegalArgumentException("unexpected '" + this.text.charAt(start) + "' at column "
						+ (start + 1) + "; words are lower case letters and digits");
			}
			boolean prefix = this.position < this.text.length() && this.text.charAt(this.position) == '*';
			if (prefix) {
				this.position++;
				if (word.length() < 3) {
					throw new IllegalArgumentException("prefix '" + word + "*' is too short; use 3 or more letters");
				}
			}
			return new Term(word, prefix, exact);
		}

		private boolean optionalMark() {
			if (this.position < this.text.length() && this.text.charAt(this.position) == '?') {
				this.position++;
				return true;
			}
			return false;
		}

		private static boolean isWordChar(char c) {
			return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		}

		private void skipSpaces() {
			while (this.position < this.text.length() && this.text.charAt(this.position) == ' ') {
				this.position++;
			}
		}

	}

}
