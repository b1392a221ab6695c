package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.WordLists;

/**
 * Parses the rule file. A rule is a block of {@code key: value} lines:
 *
 * <pre>
 * rule: vomiting_blood
 * level: emergency
 * quiet: never           (optional: the safety model never quiets this rule's finding)
 * match: (vomit*|throw* up) ~3 blood
 * except: ...
 * example: i am throwing up blood
 * </pre>
 *
 * A {@code words: @screen = tv|telly|film} line names a list of alternatives that any
 * later pattern writes as {@code @screen} ({@link WordLists}).
 *
 * Every mistake stops the service with {@code file:line: problem}: a rule that silently
 * matches nothing is a missed emergency.
 */
final class RuleFile {

	private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Set<Triage> LEVELS = EnumSet.of(Triage.EMERGENCY, Triage.CRISIS, Triage.CONTACT_DOCTOR);

	private RuleFile() {
	}

	static List<SafetyRule> parse(ContentFile file) {
		List<SafetyRule> rules = new ArrayList<>();
		Map<String, Integer> ids = new HashMap<>();
		WordLists wordLists = new WordLists(file);
		Builder current = null;
		for (ContentFile.Entry line : file.entries()) {
			String key = line.key();
			String value = line.value();
			if (key.equals("words")) {
				pattern(file, line, wordLists.define(line));
				continue;
			}
			if (key.equals("rule")) {
				if (current != null) {
					rules.add(current.build(file));
				}
				if (!RULE_ID.matcher(value).matches()) {
					throw new ContentException(file.name(), line.line(),
							"rule id '" + value + "' must be lower case letters, digits and _");
				}
				Integer earlier = ids.putIfAbsent(value, line.line());
				if (earlier != null) {
					throw new ContentException(file.name(), line.line(),
							"rule '" + value + "' is already defined at line " + earlier);
				}
				current = new Builder(value, line.line());
				continue;
			}
			if (current == null) {
				throw new ContentException(file.name(), line.line(), "'" + key + ":' before the first 'rule:'");
			}
			switch (key) {
				case "level" -> current.level(file, line, value);
				case "quiet" -> current.quiet(file, line, value);
				case "match" -> current.patterns.add(pattern(file, line, wordLists.expand(line.line(), value)));
				case "except" -> current.exceptions.add(pattern(file, line, wordLists.expand(line.line(), value)));
				case "example" -> current.examples.add(new SafetyRule.Example(value, line.line()));
				default -> throw new ContentException(file.name(), line.line(),
						"unknown key '" + key + "'; expected words, rule, level, quiet, match, except or example");
			}
		}
		if (current != null) {
			rules.add(current.build(file));
		}
		for (Triage level : LEVELS) {
			if (rules.stream().noneMatch((rule) -> rule.level() == level)) {
				throw new ContentException(file.name(), lastLine(file),
						"no " + level.wireName() + " rules; the file looks truncated");
			}
		}
		return List.copyOf(rules);
	}

	private static RulePattern pattern(ContentFile file, ContentFile.Entry line, String value) {
		try {
			return RulePattern.parse(value);
		}
		catch (IllegalArgumentException ex) {
			throw new ContentException(file.name(), line.line(), "bad pattern: " + ex.getMessage());
		}
	}

	private static int lastLine(ContentFile file) {
		List<ContentFile.Line> lines = file.meaningfulLines();
		return lines.isEmpty() ? 1 : lines.get(lines.size() - 1).number();
	}

	private static final class Builder {

		private final String id;

		private final int line;

		private Triage level;

		private boolean neverQuieted;

		private final List<RulePattern> patterns = new ArrayList<>();

		private final List<RulePattern> exceptions = new ArrayList<>();

		private final List<SafetyRule.Example> examples = new ArrayList<>();

		Builder(String id, int line) {
			this.id = id;
			this.line = line;
		}

		void level(ContentFile file, ContentFile.Entry line, String value) {
			if (this.level != null) {
				throw new ContentException(file.name(), line.line(), "'level' given twice for rule '" + this.id + "'");
			}
			this.level = LEVELS.stream()
				.filter((candidate) -> candidate.wireName().equals(value))
				.findFirst()
				.orElseThrow(() -> new ContentException(file.name(), line.line(),
						"level must be emergency, crisis or contact_doctor, not '" + value + "'"));
		}

		void quiet(ContentFile file, ContentFile.Entry line, String value) {
			if (!"never".equals(value)) {
				throw new ContentException(file.name(), line.line(), "quiet can only be 'never', not '" + value + "'");
			}
			this.neverQuieted = true;
		}

		SafetyRule build(ContentFile file) {
			if (this.level == null) {
				throw new ContentException(file.name(), this.line, "rule '" + this.id + "' has no 'level:'");
			}
			if (this.patterns.isEmpty()) {
				throw new ContentException(file.name(), this.line, "rule '" + this.id + "' has no 'match:'");
			}
			if (this.examples.isEmpty()) {
				throw new ContentException(file.name(), this.line,
						"rule '" + this.id + "' has no 'example:'; each rule needs a message it must fire on");
			}
			return new SafetyRule(this.id, this.level, this.neverQuieted, this.patterns, this.exceptions, this.examples,
					this.line);
		}

	}

}
