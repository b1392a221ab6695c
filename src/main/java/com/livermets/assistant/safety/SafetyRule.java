package com.livermets.assistant.safety;

import java.util.BitSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.Objects;

/**
 * One rule of the rule file: the phrasings of one danger sign, at one triage level.
 *
 * @param id the name reported with the verdict, e.g. {@code vomiting_blood}
 * @param level emergency, crisis or contact_doctor
 * @param neverQuieted whether its finding stands in a long message the safety model reads
 * as calm ({@code quiet: never}); a crisis rule's always does
 * @param patterns phrasings that fire the rule
 * @param exceptions phrasings that cancel a match they overlap ("confused about my
 * options")
 * @param examples messages the rule must fire on; checked at startup so an edit cannot
 * silently break it
 * @param line where the rule starts in the rule file
 */
record SafetyRule(String id, Triage level, boolean neverQuieted, List<RulePattern> patterns,
		List<RulePattern> exceptions, List<Example> examples, int line) {

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
	 * Whether a pattern matches somewhere that is not denied or excepted, and, depending
	 * on the level, not hypothetical, not over and not inside an information question.
	 * Crisis rules ignore all of that: "what if I ended it all", "is it normal to want to
	 * die" and "I tried to overdose last year" must reach the crisis line. Emergency
	 * rules stay quiet only for questions about people in general ("what are the signs of
	 * a stroke"), because missing an emergency costs more than a needless 911 message;
	 * symptom rules stay quiet for any question that names nobody ("can liver mets cause
	 * itching"), so the classifier can answer it.
	 */
	boolean firesOn(Message message) {
		return match(message) == Match.FIRES;
	}

	/**
	 * What the rule makes of a message: it fires, its words are there but denied,
	 * excepted, hypothetical or over ({@code QUIETED}: "I have no itching", "his tumour
	 * is not responding to chemo"; the exemplar detector then leaves the sentence alone,
	 * because a sentence embedding barely registers "no"), or its words are not there.
	 */
	Match match(Message message) {
		Match found = matches(message);
		boolean framedAway = this.level == Triage.EMERGENCY && message.generalQuestion()
				|| this.level == Triage.CONTACT_DOCTOR && message.informationQuestion();
		return (found == Match.FIRES && framedAway) ? Match.NONE : found;
	}

	enum Match {

		NONE, QUIETED, FIRES

	}

	/**
	 * Symptom rules leave a question about people in general to the classifier; emergency
	 * rules do only when the message says all is well now, because a missed emergency
	 * costs more than a needless 911 message.
	 */
	private boolean quietWhereAskedInGeneral(Message message) {
		return switch (this.level) {
			case CONTACT_DOCTOR -> true;
			case EMERGENCY -> message.reassured();
			case CRISIS, NONE -> false;
		};
	}

	private Match matches(Message message) {
		boolean framingMatters = this.level != Triage.CRISIS;
		List<String> tokens = message.tokens();
		Cues cues = message.cues();
		List<RulePattern.Span> excepted = null;
		Match result = Match.NONE;
		for (RulePattern pattern : this.patterns) {
			for (RulePattern.Span span : pattern.find(message.scan())) {
				if (excepted == null) {
					excepted = this.exceptions.stream()
						.flatMap((exception) -> exception.find(message.scan()).stream())
						.toList();
				}
				boolean askedInGeneral = quietWhereAskedInGeneral(message) && message.isAskedInGeneral(span);
				if (excepted.stream().noneMatch(span::overlaps) && !cues.isNegated(tokens, span) && !askedInGeneral
						&& !(framingMatters && (cues.isHypothetical(tokens, span) || message.isOver(span)))) {
					return Match.FIRES;
				}
				result = Match.QUIETED;
			}
		}
		return result;
	}

	/**
	 * A message, or one sentence of it, as the rules read it, with the framing every rule
	 * asks about worked out once.
	 *
	 * @param tokens the normalized words
	 * @param cues the context words
	 * @param scan the words as the patterns read them
	 * @param informationQuestion a question in a message that names nobody
	 * @param generalQuestion an information question about people in general
	 * @param over which words belong to a sentence that tells of something clearly over
	 * ("years ago")
	 * @param askedInGeneral which words belong to a sentence that asks about people in
	 * general and names nobody itself ("what are the risks of bleeding after ablation?"
	 * in a message that also says "I want to know the odds"); symptom rules stay quiet
	 * there, emergency rules do not ("is vomiting blood normal? asking for my husband")
	 * unless the message says all is well now
	 * @param reassured whether another sentence says all is well now ("Mama is fine, I
	 * just want to know what to look for")
	 */
	record Message(List<String> tokens, Cues cues, RulePattern.Scan scan, boolean informationQuestion,
			boolean generalQuestion, BitSet over, BitSet askedInGeneral, boolean reassured) {

		/** A message of one sentence. */
		static Message of(List<String> tokens, Cues cues, Predicate<String> realWord, int thisYear) {
			return of(tokens, cues, realWord, cues.namesSomeone(tokens),
					overIf(cues.isResolvedPast(tokens, thisYear), tokens.size()), new BitSet(), false);
		}

		/**
		 * @param namesSomeone whether the whole message names someone real
		 * @param over the words of sentences that tell of something over
		 * @param askedInGeneral the words of sentences that ask about people in general
		 * and name nobody themselves
		 * @param reassured whether another sentence says all is well now
		 */
		static Message of(List<String> tokens, Cues cues, Predicate<String> realWord, boolean namesSomeone, BitSet over,
				BitSet askedInGeneral, boolean reassured) {
			boolean informationQuestion = cues.isInformationQuestion(tokens, namesSomeone);
			return new Message(tokens, cues, new RulePattern.Scan(tokens, realWord, cues.negations()),
					informationQuestion, informationQuestion && cues.isGeneralQuestion(tokens, namesSomeone), over,
					askedInGeneral, reassured);
		}

		static BitSet overIf(boolean over, int size) {
			BitSet words = new BitSet(size);
			if (over) {
				words.set(0, size);
			}
			return words;
		}

		/** A match that starts in a sentence about something over. */
		boolean isOver(RulePattern.Span span) {
			return this.over.get(span.start());
		}

		/** A match that starts in a sentence asking about people in general. */
		boolean isAskedInGeneral(RulePattern.Span span) {
			return this.askedInGeneral.get(span.start());
		}

	}

}
