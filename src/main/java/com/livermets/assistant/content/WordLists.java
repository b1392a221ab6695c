package com.livermets.assistant.content;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named lists of one content file. A {@code words: @country = canada|new zealand|nz}
 * line defines a list that any later pattern of the file writes as {@code @country}, so a
 * list shared by several patterns is one line and cannot drift between copies. Each use
 * becomes the group {@code (canada|new zealand|nz)}. Every mistake is a
 * {@code file:line: problem}.
 */
public final class WordLists {

	private static final Pattern DEFINITION = Pattern.compile("@([a-z][a-z0-9_]*)\\s*=\\s*(.+)");

	private static final Pattern USE = Pattern.compile("@([a-z0-9_]*)");

	private final ContentFile file;

	private final Map<String, WordList> lists = new HashMap<>();

	public WordLists(ContentFile file) {
		this.file = Objects.requireNonNull(file, "file");
	}

	/**
	 * Defines the list a {@code words:} line names and returns its group, for the caller
	 * to check in its own pattern syntax.
	 */
	public String define(ContentFile.Entry entry) {
		Matcher definition = DEFINITION.matcher(entry.value());
		if (!definition.matches()) {
			throw new ContentException(this.file.name(), entry.line(),
					"a word list reads 'words: @name = one|two words|three' with a lower-case name");
		}
		String alternatives = "(" + expand(entry.line(), definition.group(2).strip()) + ")";
		WordList earlier = this.lists.putIfAbsent(definition.group(1), new WordList(alternatives, entry.line()));
		if (earlier != null) {
			throw new ContentException(this.file.name(), entry.line(),
					"word list '@" + definition.group(1) + "' is already defined at line " + earlier.line());
		}
		return alternatives;
	}

	/** Writes each {@code @name} in a pattern as its list's group. */
	public String expand(int line, String pattern) {
		Matcher use = USE.matcher(pattern);
		StringBuilder expanded = new StringBuilder();
		while (use.find()) {
			WordList list = this.lists.get(use.group(1));
			if (list == null) {
				throw new ContentException(this.file.name(), line, "unknown word list '@" + use.group(1)
						+ "'; define it above its first use with 'words: @" + use.group(1) + " = ...'");
			}
			use.appendReplacement(expanded, Matcher.quoteReplacement(list.alternatives()));
		}
		return use.appendTail(expanded).toString();
	}

	private record WordList(String alternatives, int line) {
	}

}
