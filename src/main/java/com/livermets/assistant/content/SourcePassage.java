package com.livermets.assistant.content;

import java.util.Objects;

/** A verbatim passage of a source document that backs a reply. */
public record SourcePassage(String document, String passage) {

	public SourcePassage {
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(passage, "passage");
	}

}
