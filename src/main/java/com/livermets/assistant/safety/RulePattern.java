package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A phrase a safety rule looks for in a normalized message. Syntax, one pattern per line:
 * <ul>
 * <li>{@code word}, {@code word*} (any word starting so), {@code =word} (no typo
 * tolerance), see {@link Term}</li>
 * <li>{@code (a|b c)} one of the alternatives, each one or more elements; alternatives
 * may nest</li>
 * <li>{@code x?} or {@code (a|b)?} optional</li>
 * <li>{@code ~N} up to N (1 to 8) other words in between</li>
 * </ul>
 */
final class RulePattern {

	/**
	 * Where a pattern matched: tokens {@code start} (inclusive) to {@code end}
	 * (exclusive).
	 */
	record Span(int start, int end) {

		boolean overlaps(Span other) {
			return this.start < other.end && other.start < this.end;
		}

	}

	/**
	 * One message as the patterns read it. It remembers where each rule word matched,
	 * because the rules share many words and a message may be a thousand characters long.
	 */
	static final class Scan {

		private final List<String> tokens;

		private final Predicate<String> realWord;

		private final Set<String> barriers;

		/**
		 * By identity: each term object of the parsed rules is asked about often, and
		 * identity is cheap.
		 */
		private final Map<Term, BitSet> matches = new IdentityHashMap<>();

		/**
		 * @param tokens the normalized words
		 * @param realWord words never read as a typo of a rule word; asked once per
		 * distinct token
		 * @param barriers words a gap never skips
		 */
		Scan(List<String> tokens, Predicate<String> realWord, Set<String> barriers) {
			this.tokens = List.copyOf(tokens);
			Map<String, Boolean> known = new HashMap<>();
			this.realWord = (token) -> known.computeIfAbsent(token, realWord::test);
			this.barriers = barriers;
		}

		private boolean matches(Term term, int position) {
			return positions(term).get(position);
		}

		/** Where the term matches; read only. */
		private BitSet positions(Term term) {
			BitSet positions = this.matches.get(term);
			if (positions == null) {
				positions = find(term);
				this.matches.put(term, positions);
			}
			return positions;
		}

		private BitSet find(Term term) {
			BitSet positions = new BitSet();
			char first = term.text().charAt(0);
			for (int i = 0; i < this.tokens.size(); i++) {
				String token = this.tokens.get(i);
				// a typo never changes the first letter, so only those tokens need the
				// slower check
				if (!token.isEmpty() && token.charAt(0) == first && term.matches(token, this.realWord)) {
					positions.set(i);
				}
			}
			return positions;
		}

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

	/**
	 * The words a match can start with; only where one of them matches can the pattern
	 * match.
	 */
	private final List<Term> firstTerms;

	private RulePattern(String source, List<Element> elements) {
		this.source = source;
		this.elements = elements;
		this.firstTerms = firstTerms(elements);
	}

	/**
	 * Parses a pattern line.
	 * @throws IllegalArgumentException with a message for the rule author when the syntax
	 * is wrong
	 */
	static RulePattern parse(String pattern) {
		Parser parser = new Parser(pattern);
		List<Element> elements = parser.sequence(0);
		if (parser.position < pattern.length()) {
			throw new IllegalArgumentException(
					"unexpected '" + pattern.charAt(parser.position) + "' at column " + (parser.position + 1));
		}
		if (elements.stream().allMatch(RulePattern::isOptional)) {
			throw new IllegalArgumentException("a pattern needs at least one word that is not optional");
		}
		return new RulePattern(pattern, List.copyOf(elements));
	}

	/**
	 * Every place the pattern matches: one span per start word. A {@code ~N} gap never
	 * skips a barrier word, so "chemo and no fever" is not "chemo ~8 fever".
	 */
	List<Span> find(Scan scan) {
		BitSet starts = new BitSet();
		this.firstTerms.forEach((term) -> starts.or(scan.positions(term)));
		List<Span> spans = new ArrayList<>();
		for (int start = starts.nextSetBit(0); start >= 0; start = starts.nextSetBit(start + 1)) {
			int from = start;
			int end = match(this.elements, 0, scan, start, (position) -> (position > from) ? position : NO_MATCH);
			if (end != NO_MATCH) {
				spans.add(new Span(start, end));
			}
		}
		return spans;
	}

	/**
	 * What must match after a nested sequence; returns the end of the whole match or
	 * {@link #NO_MATCH}.
	 */
	private interface Rest {

		int from(int position);

	}

	private static final int NO_MATCH = -1;

	/**
	 * Backtracking match of {@code sequence[index..]} at {@code position}, then
	 * {@code rest}; first success wins.
	 */
	private static int match(List<Element> sequence, int index, Scan scan, int position, Rest rest) {
		if (index == sequence.size()) {
			return rest.from(position);
		}
		Element element = sequence.get(index);
		Rest next = (after) -> match(sequence, index + 1, scan, after, rest);
		if (element instanceof Word word) {
			return (position < scan.tokens.size() && scan.matches(word.term(), position)) ? next.from(position + 1)
					: NO_MATCH;
		}
		if (element instanceof Choice choice) {
			for (List<Element> alternative : choice.alternatives()) {
				int end = match(alternative, 0, scan, position, next);
				if (end != NO_MATCH) {
					return end;
				}
			}
			return choice.optional() ? next.from(position) : NO_MATCH;
		}
		int last = Math.min(scan.tokens.size(), position + ((Gap) element).max());
		for (int p = position; p <= last; p++) {
			int end = next.from(p);
			if (end != NO_MATCH) {
				return end;
			}
			if (p < scan.tokens.size() && scan.barriers.contains(scan.tokens.get(p))) {
				return NO_MATCH;
			}
		}
		return NO_MATCH;
	}

	private static List<Term> firstTerms(List<Element> sequence) {
		List<Term> terms = new ArrayList<>();
		for (Element element : sequence) {
			if (element instanceof Word word) {
				terms.add(word.term());
			}
			else if (element instanceof Choice choice) {
				choice.alternatives().forEach((alternative) -> terms.addAll(firstTerms(alternative)));
			}
			if (!isOptional(element)) {
				break;
			}
		}
		return List.copyOf(terms);
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

		/**
		 * Lower-case letters of any alphabet ("chcę", "não": the normalizer keeps
		 * accents) and digits.
		 */
		private static boolean isWordChar(char c) {
			return (Character.isLetter(c) && Character.isLowerCase(c)) || (c >= '0' && c <= '9');
		}

		private void skipSpaces() {
			while (this.position < this.text.length() && this.text.charAt(this.position) == ' ') {
				this.position++;
			}
		}

	}

}
