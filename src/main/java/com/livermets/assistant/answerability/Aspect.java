package com.livermets.assistant.answerability;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One thing a question can ask about its topic (side effects, how long, cost ...), read
 * from {@code responses/aspects/aspects.txt}.
 *
 * @param id the aspect's id, for tests and logs
 * @param says how a reply names it: "what the side effects or risks are"
 * @param cues any of these matching the normalized question means it asks this aspect
 * @param names things the aspect is about by name (a drug): a cue in the question, and
 * also in the statement just before a question that points back to it ("the oncologist
 * said something about FOLFOX. Does that stuff work on liver spots?")
 * @param exceptions any of these matching means it does not after all
 * @param covered intents whose snippet does answer this aspect
 * @param general whether a reply names the aspect alone, never the topic
 */
public record Aspect(String id, String says, List<Pattern> cues, List<Pattern> names, List<Pattern> exceptions,
		Set<String> covered, boolean general) {

	public Aspect {
		cues = List.copyOf(cues);
		names = List.copyOf(names);
		exceptions = List.copyOf(exceptions);
		covered = Set.copyOf(covered);
	}

	boolean askedIn(String normalized) {
		return (matches(this.cues, normalized) || matches(this.names, normalized))
				&& !matches(this.exceptions, normalized);
	}

	boolean namedIn(String normalized) {
		return matches(this.names, normalized) && !matches(this.exceptions, normalized);
	}

	private static boolean matches(List<Pattern> patterns, String normalized) {
		return patterns.stream().anyMatch((pattern) -> pattern.matcher(normalized).find());
	}

	/** Whether the page answers this aspect for {@code intent}. */
	public boolean isCoveredFor(String intent) {
		return this.covered.contains(intent);
	}

}
