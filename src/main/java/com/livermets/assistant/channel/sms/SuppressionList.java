package com.livermets.assistant.channel.sms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Senders who opted out (STOP), by phone hash only, in an embedded on-disk store (H2 MVStore). Each change is
 * committed and synced to disk before it is acknowledged, so an opt-out survives a crash or restart. Disk work runs
 * on the bounded elastic scheduler, never on an event-loop thread.
 */
final class SuppressionList implements AutoCloseable {

	private static final String MAP_NAME = "suppressed-senders";

	private final MVStore store;

	/** Phone hash to the time of the opt-out (epoch milliseconds), kept for audits. */
	private final MVMap<String, Long> suppressed;

	private final Clock clock;

	SuppressionList(Path file, Clock clock) {
		this.clock = clock;
		try {
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			this.store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
		}
		catch (IOException | MVStoreException ex) {
			throw new IllegalStateException("Cannot open the SMS suppression store " + file.toAbsolutePath()
					+ " (assistant.sms.suppression-file): " + ex.getMessage(), ex);
		}
		this.suppressed = this.store.openMap(MAP_NAME);
	}

	Mono<Boolean> contains(String senderKey) {
		return Mono.fromCallable(() -> this.suppressed.containsKey(senderKey)).subscribeOn(Schedulers.boundedElastic());
	}

	Mono<Void> add(String senderKey) {
		return Mono.<Void>fromRunnable(() -> {
			this.suppressed.put(senderKey, this.clock.millis());
			persist();
		}).subscribeOn(Schedulers.boundedElastic());
	}

	Mono<Void> remove(String senderKey) {
		return Mono.<Void>fromRunnable(() -> {
			if (this.suppressed.remove(senderKey) != null) {
				persist();
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	private synchronized void persist() {
		this.store.commit();
		this.store.sync();
	}

	@Override
	public synchronized void close() {
		if (!this.store.isClosed()) {
			this.store.close();
		}
	}

}
