package com.livermets.assistant.content;

import java.util.List;

/**
 * One intent's curated reply.
 *
 * @param intent the intent it answers
 * @param kind what it is allowed to cite
 * @param title the intent's display question, used for suggestions and clarifications
 * @param shortText the reply, at most {@value #MAX_SHORT_LENGTH} characters so it fits
 * SMS with the escalation
 * @param longText a longer form, or {@code null}
 * @param sources verbatim passages of the source document
 * @param followUps intents offered as next questions
 * @param subject what "it" means in a follow-up to this reply ("the liver" after "what
 * does the liver do?"), or {@code null} for the title's words after its question frame
 * @param other the intent "the other one" means after this reply (embolization after
 * ablation), or {@code null}
 */
public record Response(String intent, ResponseKind kind, String title, String shortText, String longText,
		List<SourcePassage> sources, List<String> followUps, String subject, String other) {

	public static final int MAX_SHORT_LENGTH = 220;

	public Response {
		sources = List.copyOf(sources);
		followUps = List.copyOf(followUps);
	}

	/** A reply whose title's words name its subject, with no "other one". */
	public Response(String intent, ResponseKind kind, String title, String shortText, String longText,
			List<SourcePassage> sources, List<String> followUps) {
		this(intent, kind, title, shortText, longText, sources, followUps, null, null);
	}

}
