package com.livermets.assistant.startup;

import com.livermets.assistant.content.ContentException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A content error found at startup prints as {@code file:line: problem}, which an editor
 * can jump to, instead of a page of nested bean-creation stack traces.
 */
final class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
		return new FailureAnalysis("Content error: " + cause.getMessage(),
				"Fix the named line in the content files (intents/, responses/, source/) and start the service again.",
				cause);
	}

}
