package com.livermets.assistant.chat;

/**
 * Where a turn came from; used for metrics and audit, never to change what is answered.
 */
public enum Channel {

	WEB, SMS, PORTAL;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
