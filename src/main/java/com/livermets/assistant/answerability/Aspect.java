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
 * @param exceptions any of these matching means it does not after all
 * @param covered intents whose snippet does answer this aspect
 * @param general whether a reply names the aspect alone, never the topic
 */
public record Aspect(String id, String says, List<Pattern> cues, List<Pattern> exceptions, Set<String> covered,
		boolean general) {

	public Aspect {
		cues = List.copyOf(cues);
		exceptions = List.copyOf(exceptions);
		covered = Set.copyOf(covered);
	}

	boolean askedIn(String normalized) {
		return this.cues.stream().anyMatch((cue) -> cue.matcher(normalized).find())
				&& this.exceptions.stream().noneMatch((except) -> except.matcher(normalized).find());
	}

	/** Whether the page answers this aspect for {@code intent}. */
	public boolean isCoveredFor(String intent) {
		return this.covered.contains(intent);
	}

}
