package com.livermets.assistant.safety;

import java.util.List;
import java.util.Objects;

import com.livermets.assistant.chat.Triage;

/**
 * One rule of the rule file: the phrasings of one danger sign, at one triage level.
 *
 * @param id the name reported with the verdict, e.g. {@code vomiting_blood}
 * @param level emergency, crisis or contact_doctor
 * @param patterns phrasings that fire the rule
 * @param exceptions phrasings that cancel a match they overlap ("confused about my options")
 * @param examples messages the rule must fire on; checked at startup so an edit cannot silently break it
 * @param line where the rule starts in the rule file
 */
record SafetyRule(String id, Triage level, List<RulePattern> patterns, List<RulePattern> exceptions,
		List<Example> examples, int line) {

	/** A message the rule must fire on, and its line in the rule file. */
	record Example(String text, int line) {
	}

	SafetyRule {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(level, "level");
		patterns = List.copyOf(patterns);
		exceptions = List.copyOf(exceptions);
		examples = List.copyOf(examples);
	}

	/**
	 * Whether a pattern matches somewhere that is not denied or excepted, and, depending on the level, not
	 * hypothetical and not inside an information question. Crisis rules ignore question and hypothetical framing:
	 * "what if I ended it all" or "is it normal to want to die" must reach the crisis line. Emergency rules stay
	 * quiet only for questions about people in general ("what are the signs of a stroke"), because missing an
	 * emergency costs more than a needless 911 message; symptom rules stay quiet for any question that names
	 * nobody ("can liver mets cause itching"), so the classifier can answer it.
	 */
	boolean firesOn(List<String> tokens, Cues cues) {
		if (this.level == Triage.EMERGENCY && cues.isGeneralQuestion(tokens)
				|| this.level == Triage.CONTACT_DOCTOR && cues.isInformationQuestion(tokens)) {
			return false;
		}
		boolean framingMatters = this.level != Triage.CRISIS;
		List<RulePattern.Span> excepted = this.exceptions.stream()
			.flatMap((exception) -> exception.find(tokens, cues.words()).stream())
			.toList();
		for (RulePattern pattern : this.patterns) {
			for (RulePattern.Span span : pattern.find(tokens, cues.words())) {
				if (excepted.stream().noneMatch(span::overlaps) && !cues.isNegated(tokens, span)
						&& !(framingMatters && cues.isHypothetical(tokens, span))) {
					return true;
				}
			}
		}
		return false;
	}

}
