package com.livermets.assistant.channel.sms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Senders who opted out (STOP), by phone hash only, in an embedded on-disk store (H2
 * MVStore). Each change is committed and synced to disk before it is acknowledged, so an
 * opt-out survives a crash or restart. Disk work runs on the bounded elastic scheduler,
 * never on an event-loop thread.
 *
 * <p>
 * It fails closed. An opt-out that cannot be written is still honoured by this process
 * (held in memory), and the failure is an error, not a success: the caller learns of it,
 * a counter counts it and the log says so. A sender whose state cannot be read counts as
 * opted out, so nobody is texted whose opt-out might be lost.
 */
final class SuppressionList implements OptOuts, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SuppressionList.class);

	static final String MAP_NAME = "suppressed-senders";

	private final Path file;

	private final MVStore store;

	/** Phone hash to the time of the opt-out (epoch milliseconds), kept for audits. */
	private final MVMap<String, Long> suppressed;

	/** Opt-outs taken but not (yet) on disk: honoured until the process ends. */
	private final Set<String> unsaved = ConcurrentHashMap.newKeySet();

	private final AtomicLong failures = new AtomicLong();

	private final Clock clock;

	SuppressionList(Path file, Clock clock) {
		this.clock = clock;
		this.file = file.toAbsolutePath();
		MVStore opened = null;
		try {
			Path parent = this.file.getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			opened = new MVStore.Builder().fileName(this.file.toString()).autoCommitDisabled().open();
			// A directory that accepts the file but not its writes (full, read-only) must
			// fail now, not at the first STOP.
			opened.openMap("store-checks").put("opened", clock.millis());
			opened.commit();
			opened.sync();
		}
		catch (IOException | MVStoreException | IllegalStateException ex) {
			if (opened != null) {
				opened.closeImmediately();
			}
			throw new IllegalStateException("Cannot open the SMS suppression store " + this.file
					+ " (assistant.sms.suppression-file): " + ex.getMessage(), ex);
		}
		this.store = opened;
		this.suppressed = this.store.openMap(MAP_NAME);
	}

	/** Whether the sender opted out; {@code true} as well when that cannot be known. */
	@Override
	public Mono<Boolean> contains(String senderKey) {
		return Mono.fromCallable(() -> {
			if (this.unsaved.contains(senderKey)) {
				return true;
			}
			try {
				if (this.store.isClosed()) {
					// MVStore closes itself after a write error; its map may still answer
					// from memory, stale.
					throw new IllegalStateException("the store is closed");
				}
				return this.suppressed.containsKey(senderKey);
			}
			catch (RuntimeException ex) {
				record("read", ex);
				return true;
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Records an opt-out; fails with {@link SuppressionStoreException} when it could not
	 * be written to disk.
	 */
	@Override
	public Mono<Void> add(String senderKey) {
		return Mono.<Void>fromRunnable(() -> {
			// Honoured from now on, whatever happens to the disk write.
			this.unsaved.add(senderKey);
			write(() -> this.suppressed.put(senderKey, this.clock.millis()));
			this.unsaved.remove(senderKey);
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/**
	 * Records an opt-in; fails with {@link SuppressionStoreException} when it (or an
	 * earlier opt-out of the sender that is only in memory) could not be written, and the
	 * sender then stays opted out.
	 */
	@Override
	public Mono<Void> remove(String senderKey) {
		return Mono.<Void>fromRunnable(() -> {
			if (this.unsaved.contains(senderKey)) {
				// The earlier opt-out never reached the disk: it must get there first
				// (else the sender stays opted
				// out), so that the opt-in below is decided against the disk.
				write(() -> this.suppressed.put(senderKey, this.clock.millis()));
				this.unsaved.remove(senderKey);
			}
			Long previous;
			try {
				previous = this.suppressed.get(senderKey);
			}
			catch (RuntimeException ex) {
				record("read", ex);
				throw new SuppressionStoreException("read", ex);
			}
			if (previous != null) {
				try {
					write(() -> this.suppressed.remove(senderKey));
				}
				catch (SuppressionStoreException ex) {
					// Not on disk, so not in memory either: the sender stays opted out.
					this.unsaved.add(senderKey);
					throw ex;
				}
			}
		}).subscribeOn(Schedulers.boundedElastic());
	}

	/** Reads and writes that failed since startup. */
	long failures() {
		return this.failures.get();
	}

	private synchronized void write(Runnable change) {
		try {
			if (!Files.isRegularFile(this.file)) {
				// Deleted under us: writes would go to an unlinked file and vanish at the
				// next restart.
				throw new IllegalStateException("the store file is gone");
			}
			change.run();
			this.store.commit();
			this.store.sync();
		}
		catch (RuntimeException ex) {
			record("write", ex);
			throw new SuppressionStoreException("write", ex);
		}
	}

	private void record(String operation, RuntimeException ex) {
		this.failures.incrementAndGet();
		// Never the sender: only which operation failed and why.
		logger.error("SMS suppression store {} failed ({}): {}; failing closed, affected senders get no texts",
				operation, this.file, ex.getClass().getSimpleName());
	}

	@Override
	public synchronized void close() {
		if (!this.store.isClosed()) {
			try {
				this.store.close();
			}
			catch (MVStoreException ex) {
				// A store whose file went away cannot be closed cleanly; it must still
				// release its lock.
				this.store.closeImmediately();
			}
		}
	}

}
