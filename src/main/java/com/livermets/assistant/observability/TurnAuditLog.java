package com.livermets.assistant.observability;

import java.time.Duration;

import com.livermets.assistant.chat.ChatReply;
import com.livermets.assistant.chat.ChatTurn;
import com.livermets.assistant.chat.TurnObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One audit event per turn on the {@code audit} logger: what kind of answer went to which
 * (hashed) conversation and how fast. Never the message or the reply text: the event says
 * what happened, not what was said.
 */
final class TurnAuditLog implements TurnObserver {

	static final String LOGGER = "audit";

	private static final Logger audit = LoggerFactory.getLogger(LOGGER);

	@Override
	public void onTurn(ChatTurn turn, ChatReply reply, Duration elapsed) {
		if (!audit.isInfoEnabled()) {
			return;
		}
		// The event time is the log record's own timestamp. The session key is already a
		// keyed hash.
		audit.atInfo()
			.addKeyValue("event", "chat.turn")
			.addKeyValue("channel", turn.channel().label())
			.addKeyValue("session", turn.sessionKey())
			.addKeyValue("intent", reply.label())
			.addKeyValue("triage", reply.triage().wireName())
			.addKeyValue("rule", (reply.safetyRule() != null) ? reply.safetyRule() : "none")
			.addKeyValue("latencyMicros", elapsed.toNanos() / 1000)
			.log("chat turn");
	}

}
