package com.livermets.assistant.startup;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Slow, independent start-up work (loading the embedding models, scanning the FHIR model)
 * run on a second thread while Spring goes on creating beans on the main one. The
 * application is not ready until every warm-up has finished
 * ({@link StartupConfiguration}), so readiness still means every first request is fast.
 */
public final class WarmUps {

	private final List<CompletableFuture<Void>> running = new CopyOnWriteArrayList<>();

	/** Starts the task on a daemon thread of its own, named after it. */
	public void start(String name, Runnable task) {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(task, "task");
		CompletableFuture<Void> done = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				task.run();
				done.complete(null);
			}
			catch (Throwable ex) {
				done.completeExceptionally(ex);
			}
		}, "warm-up-" + name);
		thread.setDaemon(true);
		thread.start();
		this.running.add(done);
	}

	/** Waits for every warm-up started so far; a failed one fails the start. */
	void awaitAll() {
		CompletableFuture.allOf(this.running.toArray(CompletableFuture[]::new)).join();
	}

}
