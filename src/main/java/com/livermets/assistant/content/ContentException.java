package com.livermets.assistant.content;

/**
 * A content file is wrong; the message always starts with {@code file:line:} so an editor
 * can jump there.
 */
public final class ContentException extends RuntimeException {

	public ContentException(String file, int line, String problem) {
		super(file + ":" + line + ": " + problem);
	}

	public ContentException(String file, String problem) {
		super(file + ": " + problem);
	}

}
