package com.livermets.assistant.chat;

import java.time.Duration;

/**
 * Told about every finished turn, for metrics and the audit trail. Observers see the
 * hashed session key and the reply's labels; they must never record the message text.
 */
public interface TurnObserver {

	void onTurn(ChatTurn turn, ChatReply reply, Duration elapsed);

}
