package com.livermets.assistant.answerability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.ResponseKind;
import com.livermets.assistant.content.WordLists;

/**
 * Parses {@code responses/aspects/aspects.txt} (its header documents the keys). Every
 * mistake stops the service with {@code file:line: problem}: a cue that silently never
 * matches lets a snippet pass for an answer it is not.
 */
final class AspectFile {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

	private static final String ASPECT_KEYS = "says, cue, names, except, covered, general";

	private AspectFile() {
	}

	static Aspects parse(ContentFile file, Content content) {
		List<Aspect> aspects = new ArrayList<>();
		Map<String, String> topics = new LinkedHashMap<>();
		Map<String, Integer> ids = new HashMap<>();
		String reply = null;
		String generalReply = null;
		List<Pattern> whatItIs = new ArrayList<>();
		WordLists wordLists = new WordLists(file);
		Builder current = null;
		for (ContentFile.Entry entry : file.entries()) {
			String value = entry.value();
			switch (entry.key()) {
				case "reply" -> reply = template(file, entry, reply, true);
				case "reply-general" -> generalReply = template(file, entry, generalReply, false);
				case "topic" -> topic(file, entry, content, topics);
				case "words" -> regex(file, entry.line(), wordLists.define(entry));
				case "asks-what-it-is" -> whatItIs.add(regex(file, entry, wordLists));
				case "aspect" -> {
					if (current != null) {
						aspects.add(current.build(file));
					}
					if (!ID.matcher(value).matches()) {
						throw new ContentException(file.name(), entry.line(),
								"aspect id '" + value + "' must be lower case letters, digits and _");
					}
					Integer earlier = ids.putIfAbsent(value, entry.line());
					if (earlier != null) {
						throw new ContentException(file.name(), entry.line(),
								"aspect '" + value + "' is already defined at line " + earlier);
					}
					current = new Builder(value, entry.line());
				}
				default -> {
					if (current == null) {
						throw new ContentException(file.name(), entry.line(), "unknown key '" + entry.key()
								+ "' before the first 'aspect:'; expected reply, reply-general, topic, words, asks-what-it-is or aspect");
					}
					current.add(file, entry, content, wordLists);
				}
			}
		}
		if (current != null) {
			aspects.add(current.build(file));
		}
		int last = file.meaningfulLines().stream().mapToInt(ContentFile.Line::number).max().orElse(1);
		if (reply == null || generalReply == null) {
			throw new ContentException(file.name(), last,
					"missing '" + ((reply == null) ? "reply" : "reply-general") + ":'");
		}
		if (aspects.isEmpty()) {
			throw new ContentException(file.name(), last, "no 'aspect:' blocks");
		}
		return new Aspects(aspects, topics, reply, generalReply, whatItIs);
	}

	private static String template(ContentFile file, ContentFile.Entry entry, String earlier, boolean withTopic) {
		if (earlier != null) {
			throw new ContentException(file.name(), entry.line(), "'" + entry.key() + "' given twice");
		}
		String value = entry.value();
		if (!value.contains("{aspect}") || withTopic != value.contains("{topic}")) {
			throw new ContentException(file.name(), entry.line(),
					"'" + entry.key() + "' must hold {aspect}" + (withTopic ? " and {topic}" : " and no {topic}"));
		}
		return value;
	}

	private static void topic(ContentFile file, ContentFile.Entry entry, Content content, Map<String, String> topics) {
		int equals = entry.value().indexOf('=');
		if (equals <= 0 || equals == entry.value().length() - 1) {
			throw new ContentException(file.name(), entry.line(), "expected 'topic: <intent> = <name>'");
		}
		String intent = entry.value().substring(0, equals).strip();
		answerIntent(file, entry.line(), content, intent);
		if (topics.putIfAbsent(intent, entry.value().substring(equals + 1).strip()) != null) {
			throw new ContentException(file.name(), entry.line(), "topic '" + intent + "' is named twice");
		}
	}

	private static void answerIntent(ContentFile file, int line, Content content, String intent) {
		if (!content.hasIntent(intent)) {
			throw new ContentException(file.name(), line, "'" + intent + "' is not an intent");
		}
		if (content.response(intent).kind() != ResponseKind.ANSWER) {
			throw new ContentException(file.name(), line,
					"'" + intent + "' is not an answer drawn from the page, so it has no aspects to cover");
		}
	}

	private static Pattern regex(ContentFile file, ContentFile.Entry entry, WordLists wordLists) {
		return regex(file, entry.line(), wordLists.expand(entry.line(), entry.value()));
	}

	/**
	 * A content line's regular expression, or a {@code file:line} error saying why it is
	 * none.
	 */
	static Pattern regex(ContentFile file, int line, String expression) {
		try {
			return Pattern.compile(expression);
		}
		catch (PatternSyntaxException ex) {
			throw new ContentException(file.name(), line,
					"not a regular expression: " + ex.getDescription() + " near index " + ex.getIndex());
		}
	}

	private static final class Builder {

		private final String id;

		private final int line;

		private String says;

		private final List<Pattern> cues = new ArrayList<>();

		private final List<Pattern> names = new ArrayList<>();

		private final List<Pattern> exceptions = new ArrayList<>();

		private final Set<String> covered = new HashSet<>();

		private boolean general;

		Builder(String id, int line) {
			this.id = id;
			this.line = line;
		}

		void add(ContentFile file, ContentFile.Entry entry, Content content, WordLists wordLists) {
			switch (entry.key()) {
				case "says" -> {
					if (this.says != null) {
						throw new ContentException(file.name(), entry.line(), "'says' given twice");
					}
					this.says = entry.value();
				}
				case "cue" -> this.cues.add(regex(file, entry, wordLists));
				case "names" -> this.names.add(regex(file, entry, wordLists));
				case "except" -> this.exceptions.add(regex(file, entry, wordLists));
				case "covered" -> {
					answerIntent(file, entry.line(), content, entry.value());
					this.covered.add(entry.value());
				}
				case "general" -> {
					if (!entry.value().equals("yes") && !entry.value().equals("no")) {
						throw new ContentException(file.name(), entry.line(), "'general' must be yes or no");
					}
					this.general = entry.value().equals("yes");
				}
				default -> throw new ContentException(file.name(), entry.line(),
						"unknown key '" + entry.key() + "'; expected one of " + ASPECT_KEYS);
			}
		}

		Aspect build(ContentFile file) {
			if (this.says == null) {
				throw new ContentException(file.name(), this.line, "aspect '" + this.id + "' has no 'says:'");
			}
			if (this.cues.isEmpty() && this.names.isEmpty()) {
				throw new ContentException(file.name(), this.line,
						"aspect '" + this.id + "' has no 'cue:' or 'names:'");
			}
			if (this.general && this.says.contains("{topic}")) {
				throw new ContentException(file.name(), this.line,
						"aspect '" + this.id + "' is general, so its 'says:' cannot name the {topic}");
			}
			return new Aspect(this.id, this.says, this.cues, this.names, this.exceptions, this.covered, this.general);
		}

	}

}
