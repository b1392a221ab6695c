package com.livermets.assistant.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;

/**
 * Shorthand and synonym replacements read from {@code intents/lexicon/shorthand.txt},
 * lines of {@code from => to}. Multi-word entries win over shorter ones.
 */
public final class ShorthandLexicon {

	private final Map<List<String>, List<String>> replacements;

	private final int longestKey;

	private ShorthandLexicon(Map<List<String>, List<String>> replacements) {
		this.replacements = replacements;
		this.longestKey = replacements.keySet().stream().mapToInt(List::size).max().orElse(0);
	}

	public static ShorthandLexicon empty() {
		return new ShorthandLexicon(Map.of());
	}

	public static ShorthandLexicon parse(ContentFile file) {
		Map<List<String>, List<String>> replacements = new HashMap<>();
		for (ContentFile.Line line : file.meaningfulLines()) {
			int arrow = line.text().indexOf("=>");
			if (arrow < 0) {
				throw new ContentException(file.name(), line.number(), "expected 'from => to'");
			}
			List<String> from = words(line.text().substring(0, arrow));
			List<String> to = words(line.text().substring(arrow + 2));
			if (from.isEmpty() || to.isEmpty()) {
				throw new ContentException(file.name(), line.number(), "both sides of '=>' must have words");
			}
			if (replacements.putIfAbsent(from, to) != null) {
				throw new ContentException(file.name(), line.number(),
						"'" + String.join(" ", from) + "' is defined twice");
			}
		}
		return new ShorthandLexicon(Collections.unmodifiableMap(replacements));
	}

	private static List<String> words(String side) {
		String trimmed = side.trim().toLowerCase(java.util.Locale.ROOT);
		return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
	}

	List<String> expand(List<String> words) {
		if (this.replacements.isEmpty()) {
			return words;
		}
		List<String> out = new ArrayList<>(words.size());
		int i = 0;
		while (i < words.size()) {
			int matched = 0;
			for (int n = Math.min(this.longestKey, words.size() - i); n > 0 && matched == 0; n--) {
				List<String> to = this.replacements.get(words.subList(i, i + n));
				if (to != null) {
					out.addAll(to);
					matched = n;
				}
			}
			if (matched == 0) {
				out.add(words.get(i));
				matched = 1;
			}
			i += matched;
		}
		return out;
	}

}
