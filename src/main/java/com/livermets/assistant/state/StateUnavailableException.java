package com.livermets.assistant.state;

/**
 * The shared state store failed or did not answer in time; callers degrade instead of
 * failing the turn. Its message names only the kind of failure, never a key.
 */
public final class StateUnavailableException extends RuntimeException {

	StateUnavailableException(Throwable cause) {
		super("Shared state unavailable: " + cause.getClass().getSimpleName(), cause);
	}

}
