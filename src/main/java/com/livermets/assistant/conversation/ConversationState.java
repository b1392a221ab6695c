package com.livermets.assistant.conversation;

import java.util.List;

/**
 * What the service remembers of one conversation between turns. Immutable: each turn stores a new state.
 *
 * @param topic the last intent answered with content, which follow-ups ("tell me more", "how is that done?")
 * refer to; {@code null} when there is none
 * @param offered the intents offered in the last reply, in the order shown (options or suggestions), so the user
 * can pick one by number, by its text or with "yes"
 * @param clarifying whether {@code offered} are the options of an open "Did you mean ...?" question
 * @param turns how many turns this conversation has had
 */
public record ConversationState(String topic, List<String> offered, boolean clarifying, int turns) {

	public static final ConversationState NEW = new ConversationState(null, List.of(), false, 0);

	public ConversationState {
		offered = List.copyOf(offered);
	}

	public ConversationState next(String nextTopic, List<String> nextOffered, boolean nextClarifying) {
		return new ConversationState(nextTopic, nextOffered, nextClarifying, this.turns + 1);
	}

}
