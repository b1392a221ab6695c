package com.livermets.assistant.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Keeps a metric label to a small, fixed vocabulary. Label values come from code and
 * content (intent names, rule ids), never from users, but a bug that put free text here
 * would leak it and blow up the metrics store, so anything unexpected becomes
 * {@code other}.
 */
final class BoundedLabels {

	static final String OTHER = "other";

	private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_.-]{0,59}");

	private final Set<String> known;

	private final Set<String> admitted = ConcurrentHashMap.newKeySet();

	private final int maxAdmitted;

	BoundedLabels(Set<String> known, int maxAdmitted) {
		this.known = Set.copyOf(known);
		this.maxAdmitted = maxAdmitted;
	}

	String label(String value) {
		if (value == null) {
			return "none";
		}
		if (this.known.contains(value) || this.admitted.contains(value)) {
			return value;
		}
		if (IDENTIFIER.matcher(value).matches() && this.admitted.size() < this.maxAdmitted) {
			this.admitted.add(value);
			return value;
		}
		return OTHER;
	}

}
