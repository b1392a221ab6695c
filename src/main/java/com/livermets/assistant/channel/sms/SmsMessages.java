package com.livermets.assistant.channel.sms;

import java.util.List;

/**
 * One reply cut into text messages that each fit in two segments.
 *
 * @param messages the first is sent now, each "MORE" sends the next
 * @param suggestions the suggestions the messages number, in order ("Reply 1 for ..." is
 * the first)
 */
record SmsMessages(List<String> messages, List<String> suggestions) {

	SmsMessages {
		if (messages.isEmpty()) {
			throw new IllegalArgumentException("a reply has at least one message");
		}
		messages = List.copyOf(messages);
		suggestions = List.copyOf(suggestions);
	}

	String first() {
		return this.messages.get(0);
	}

	List<String> queued() {
		return this.messages.subList(1, this.messages.size());
	}

}
