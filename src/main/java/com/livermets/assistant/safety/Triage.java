package com.livermets.assistant.safety;

import com.fasterxml.jackson.annotation.JsonValue;

/** How urgently the user must be pointed to people rather than to information. */
public enum Triage {

	NONE("none"), CONTACT_DOCTOR("contact_doctor"), EMERGENCY("emergency"), CRISIS("crisis");

	private final String wireName;

	Triage(String wireName) {
		this.wireName = wireName;
	}

	@JsonValue
	public String wireName() {
		return this.wireName;
	}

	/**
	 * Emergency and crisis replies must reach the user first and whole, on every channel.
	 */
	public boolean isUrgent() {
		return this == EMERGENCY || this == CRISIS;
	}

}
