package com.livermets.assistant.channel.sms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-off move from one node to several: copies the opt-outs of an embedded store's
 * MVStore file into Redis at startup, when
 * {@code assistant.state.redis.import-suppression-file} names the file. Opt-outs Redis
 * already holds are kept (HSETNX), so running it twice, or on every node, changes
 * nothing. The file is opened read-only and left as it is. A file that is named but
 * cannot be read stops the startup: a node that silently skipped it would text people who
 * opted out.
 */
final class SuppressionImport {

	private static final Logger logger = LoggerFactory.getLogger(SuppressionImport.class);

	private static final String KEY = "assistant.state.redis.import-suppression-file";

	private static final Duration MAX_TIME = Duration.ofMinutes(5);

	private SuppressionImport() {
	}

	/** Runs at startup, on the main thread: it may wait for the file and for Redis. */
	static long run(Path file, RedisOptOuts optOuts) {
		Map<String, Long> senders = read(file);
		Long added;
		try {
			added = optOuts.importAll(senders).block(MAX_TIME);
		}
		catch (RuntimeException ex) {
			throw new IllegalStateException(
					KEY + ": cannot copy the opt-outs of " + file + " into Redis: " + ex.getClass().getSimpleName(),
					ex);
		}
		long count = (added != null) ? added : 0;
		logger.info("Imported SMS opt-outs into Redis: {} in the file, {} new", senders.size(), count);
		return count;
	}

	static Map<String, Long> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException(KEY + ": " + file + " is not a file");
		}
		MVStore store = null;
		try {
			store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).readOnly().open();
			MVMap<String, Long> suppressed = store.openMap(SuppressionList.MAP_NAME);
			return new HashMap<>(suppressed);
		}
		catch (MVStoreException | IllegalStateException ex) {
			throw new IllegalStateException(KEY + ": cannot read " + file + ": " + ex.getMessage(), ex);
		}
		finally {
			if (store != null) {
				store.closeImmediately();
			}
		}
	}

}
