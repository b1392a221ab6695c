package com.livermets.assistant.conversation;

import java.util.List;

/**
 * What the service remembers of one conversation between turns. Immutable: each turn
 * stores a new state.
 *
 * @param topic the last intent answered with content, which follow-ups ("tell me more",
 * "how is that done?") refer to; {@code null} when there is none
 * @param offered the intents offered in the last reply, in the order shown (options or
 * suggestions), so the user can pick one by number, by its text or with "yes"
 * @param clarifying whether {@code offered} are the options of an open "Did you mean
 * ...?" question
 * @param turns how many turns this conversation has had
 * @param pending what the channel that showed the last reply still holds of it
 */
public record ConversationState(String topic, List<String> offered, boolean clarifying, int turns, Pending pending) {

	public static final ConversationState NEW = new ConversationState(null, List.of(), false, 0, Pending.NONE);

	public ConversationState {
		offered = List.copyOf(offered);
		pending = (pending != null) ? pending : Pending.NONE;
	}

	/**
	 * The state after one more reply; what the channel held of the previous reply is
	 * dropped with it.
	 */
	public ConversationState next(String nextTopic, List<String> nextOffered, boolean nextClarifying) {
		return new ConversationState(nextTopic, nextOffered, nextClarifying, this.turns + 1, Pending.NONE);
	}

	/**
	 * This state with what the channel now holds of the last reply; the turn is the same
	 * one.
	 */
	public ConversationState withPending(Pending nextPending) {
		return new ConversationState(this.topic, this.offered, this.clarifying, this.turns, nextPending);
	}

	/**
	 * What a channel that cuts replies into parts (SMS) still holds of the last reply. It
	 * lives here, with the rest of the conversation, so that one store, one key and one
	 * expiry decide what "MORE" and "2" mean.
	 *
	 * @param parts the parts of the reply not sent yet, in order: "MORE" sends the first
	 * @param numbered the options the reply showed by number, as shown: "1" stands for
	 * the first
	 */
	public record Pending(List<String> parts, List<String> numbered) {

		public static final Pending NONE = new Pending(List.of(), List.of());

		public Pending {
			parts = List.copyOf(parts);
			numbered = List.copyOf(numbered);
		}

		/** The same, less the first part. */
		public Pending rest() {
			return new Pending(this.parts.subList(Math.min(1, this.parts.size()), this.parts.size()), this.numbered);
		}

	}

}
