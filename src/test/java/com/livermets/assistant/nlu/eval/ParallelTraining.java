package com.livermets.assistant.nlu.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent trainings (cross-validation folds) side by side, one per core, and
 * returns their results in the order given. Each training is deterministic (its
 * likelihood is summed over a fixed split of the events, whatever thread runs it), so the
 * results are exactly those of running them one after another.
 */
public final class ParallelTraining {

	private ParallelTraining() {
	}

	public static <T> List<T> run(List<Callable<T>> trainings) {
		int threads = Math.max(1, Math.min(trainings.size(), Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<T> results = new ArrayList<>(trainings.size());
			for (Future<T> result : pool.invokeAll(trainings)) {
				results.add(result.get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while training", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException("a training failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
