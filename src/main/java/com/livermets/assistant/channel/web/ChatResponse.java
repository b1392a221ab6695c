package com.livermets.assistant.channel.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.content.SourcePassage;
import com.livermets.assistant.safety.Triage;

/**
 * Body of the {@code POST /api/chat} reply. Other channels and the outside evaluation
 * rely on these fields.
 */
record ChatResponse(String sessionId, String reply, String intent, double confidence, Triage triage, String escalation,
		List<SourcePassage> sources, List<String> suggestions, @JsonInclude(JsonInclude.Include.NON_NULL) Safety safety,
		@JsonInclude(JsonInclude.Include.NON_NULL) String more) {

	/**
	 * Names the safety rule that fired, so the widget and auditors can see why a reply
	 * escalated.
	 */
	record Safety(String rule) {
	}

	static ChatResponse of(String sessionId, ChatReply reply) {
		return new ChatResponse(sessionId, reply.text(), reply.label(), round(reply.confidence()), reply.triage(),
				reply.escalation(), reply.sources(), reply.suggestions(),
				(reply.safetyRule() != null) ? new Safety(reply.safetyRule()) : null, reply.moreText());
	}

	private static double round(double confidence) {
		return Math.round(confidence * 1000) / 1000.0;
	}

}
