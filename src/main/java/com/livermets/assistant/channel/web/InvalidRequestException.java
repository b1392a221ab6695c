package com.livermets.assistant.channel.web;

/**
 * A request the user or client got wrong; answered with a 400 problem naming the field.
 */
final class InvalidRequestException extends RuntimeException {

	private final String field;

	InvalidRequestException(String field, String problem) {
		super(problem);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
