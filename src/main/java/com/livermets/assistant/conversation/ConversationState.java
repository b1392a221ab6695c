package com.livermets.assistant.conversation;

import java.util.List;

/**
 * What the service remembers of one conversation between turns. Immutable: each turn stores a new state.
 *
 * @param lastIntent the last intent answered, or {@code null}
 * @param pendingOptions intents offered in a "Did you mean ...?" clarification, empty when none is open
 * @param turns how many turns this conversation has had
 */
public record ConversationState(String lastIntent, List<String> pendingOptions, int turns) {

	public static final ConversationState NEW = new ConversationState(null, List.of(), 0);

	public ConversationState {
		pendingOptions = List.copyOf(pendingOptions);
	}

	public ConversationState next(String intent, List<String> options) {
		return new ConversationState(intent, options, this.turns + 1);
	}

}
