package com.livermets.assistant.chat;

import java.util.List;
import java.util.stream.Collectors;

import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.SourcePassage;
import com.livermets.assistant.safety.Triage;

/**
 * One reply to a message that asked two things: both short answers, one paragraph each,
 * and both sets of sources. The long forms are left out: two of them would bury the
 * answers, and each question has its own "tell me more". Channels lay it out within their
 * budgets (SMS cuts it into messages and offers MORE for the rest).
 */
final class TwoAnswers {

	static final String BETWEEN = "\n\n";

	private TwoAnswers() {
	}

	static ChatReply compose(List<Response> answers, double confidence, String escalation, List<String> suggestions) {
		String text = answers.stream().map(Response::shortText).collect(Collectors.joining(BETWEEN));
		List<SourcePassage> sources = answers.stream()
			.flatMap((answer) -> answer.sources().stream())
			.distinct()
			.toList();
		return new ChatReply(ReplyKind.ANSWER, answers.get(0).intent(), confidence, Triage.NONE, text, null, escalation,
				sources, suggestions, null);
	}

}
