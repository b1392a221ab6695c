package com.livermets.assistant.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what people type into a canonical form that both the safety rules and the
 * classifier read: case, Unicode look-alikes, contractions and shorthand ("mets", "tx",
 * "wat r") are folded away.
 */
public final class TextNormalizer {

	private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\n\\t]]");

	private static final Map<String, String> CONTRACTIONS = Map.ofEntries(Map.entry("can't", "can not"),
			Map.entry("cant", "can not"), Map.entry("cannot", "can not"), Map.entry("won't", "will not"),
			Map.entry("wont", "will not"), Map.entry("don't", "do not"), Map.entry("dont", "do not"),
			Map.entry("doesn't", "does not"), Map.entry("doesnt", "does not"), Map.entry("didn't", "did not"),
			Map.entry("didnt", "did not"), Map.entry("isn't", "is not"), Map.entry("isnt", "is not"),
			Map.entry("aren't", "are not"), Map.entry("wasn't", "was not"), Map.entry("haven't", "have not"),
			Map.entry("havent", "have not"), Map.entry("hasn't", "has not"), Map.entry("i'm", "i am"),
			Map.entry("im", "i am"), Map.entry("it's", "it is"), Map.entry("what's", "what is"),
			Map.entry("whats", "what is"), Map.entry("where's", "where is"), Map.entry("who's", "who is"),
			Map.entry("how's", "how is"), Map.entry("that's", "that is"), Map.entry("there's", "there is"),
			Map.entry("let's", "let us"), Map.entry("ive", "i have"), Map.entry("i've", "i have"),
			Map.entry("i'll", "i will"), Map.entry("i'd", "i would"), Map.entry("you're", "you are"),
			Map.entry("they're", "they are"), Map.entry("we're", "we are"), Map.entry("shouldn't", "should not"),
			Map.entry("couldn't", "could not"), Map.entry("wouldn't", "would not"));

	private final ShorthandLexicon shorthand;

	public TextNormalizer(ShorthandLexicon shorthand) {
		this.shorthand = java.util.Objects.requireNonNull(shorthand, "shorthand");
	}

	public NormalizedText normalize(String raw) {
		if (raw == null || raw.isBlank()) {
			return new NormalizedText("", List.of());
		}
		String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		text = INVISIBLE.matcher(text).replaceAll("");
		text = text.toLowerCase(Locale.ROOT)
			.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u02bc', '\'')
			.replace('`', '\'')
			.replace("%", " percent ")
			.replace("&", " and ")
			.replace("w/o", " without ")
			.replace("w/", " with ");
		List<String> words = new ArrayList<>();
		for (String word : text.split("[^\\p{L}\\p{N}']+")) {
			String trimmed = stripQuotes(word);
			if (trimmed.isEmpty()) {
				continue;
			}
			String expanded = CONTRACTIONS.get(trimmed);
			if (expanded != null) {
				words.addAll(List.of(expanded.split(" ")));
			}
			else {
				if (trimmed.length() > 2 && trimmed.startsWith("t'") && Character.isLetter(trimmed.charAt(2))) {
					// the Northern English article: "t'morphine" is "the morphine", not
					// "tmorphine"
					words.add("the");
					trimmed = trimmed.substring(2);
				}
				// possessives and stray apostrophes: "mom's scan" -> "mom scan"
				trimmed = trimmed.endsWith("'s") ? trimmed.substring(0, trimmed.length() - 2) : trimmed;
				trimmed = trimmed.replace("'", "");
				if (!trimmed.isEmpty()) {
					words.add(trimmed);
				}
			}
		}
		List<String> tokens = this.shorthand.expand(words);
		return new NormalizedText(String.join(" ", tokens), tokens);
	}

	private static String stripQuotes(String word) {
		int start = 0;
		int end = word.length();
		while (start < end && word.charAt(start) == '\'') {
			start++;
		}
		while (end > start && word.charAt(end - 1) == '\'') {
			end--;
		}
		return word.substring(start, end);
	}

}
