package com.livermets.assistant.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The validated content: example questions per intent, one response per intent, and the
 * source text they cite.
 */
public final class Content {

	private final Map<String, List<String>> examples;

	private final Map<String, Response> responses;

	private final String sourceText;

	Content(Map<String, List<String>> examples, Map<String, Response> responses, String sourceText) {
		this.examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
		this.responses = Collections.unmodifiableMap(new LinkedHashMap<>(responses));
		this.sourceText = Objects.requireNonNull(sourceText, "sourceText");
	}

	/** Example questions by intent, in file order. */
	public Map<String, List<String>> examples() {
		return this.examples;
	}

	public Map<String, Response> responses() {
		return this.responses;
	}

	public Response response(String intent) {
		Response response = this.responses.get(intent);
		if (response == null) {
			throw new IllegalArgumentException("no response for intent '" + intent + "'");
		}
		return response;
	}

	public boolean hasIntent(String intent) {
		return this.responses.containsKey(intent);
	}

	public String sourceText() {
		return this.sourceText;
	}

}
