package com.livermets.assistant.channel.sms;

import reactor.core.publisher.Mono;

/**
 * Senders who opted out (STOP), by phone hash only. Fails closed: a sender whose state
 * cannot be read counts as opted out. In an MVStore file ({@link SuppressionList}) or in
 * Redis, shared by every node ({@link RedisOptOuts}).
 */
interface OptOuts {

	/** Whether the sender opted out; {@code true} as well when that cannot be known. */
	Mono<Boolean> contains(String senderKey);

	/**
	 * Records an opt-out; from this call on it is honoured by this process whatever
	 * happens to the write.
	 */
	Mono<Void> add(String senderKey);

	/**
	 * Records an opt-in; fails with {@link SuppressionStoreException} when it could not
	 * be written, and the sender then stays opted out.
	 */
	Mono<Void> remove(String senderKey);

}
