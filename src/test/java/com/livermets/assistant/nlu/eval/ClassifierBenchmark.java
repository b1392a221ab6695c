package com.livermets.assistant.nlu.eval;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.NluProperties;
import com.livermets.assistant.text.TextNormalizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Per-message cost of what every chat turn pays: normalize, then classify with the cache
 * switched off, and the cost of training at startup. The messages mix short, long,
 * misspelt and off-topic text. Run with the command in {@code docs/nlu.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassifierBenchmark {

	private static final List<String> MESSAGES = List.of("wat r liver mets", "tx options?",
			"my mom's scan said metastases, what is that and how do they treat it",
			"can emoblization shrink the tumours in my dads liver", "how do i make pancakes", "hi",
			"is there support for my family while i am having chemotherapy for cancer that spread to my liver");

	private EvaluationData data;

	private TextNormalizer normalizer;

	private NluProperties uncached;

	private IntentClassifier classifier;

	private int next;

	@Setup(Level.Trial)
	public void train() {
		NluEvaluation.quietTraining();
		this.data = EvaluationData.load();
		this.normalizer = this.data.normalizer();
		this.uncached = NluProperties.defaults().withCacheSize(0);
		this.classifier = IntentClassifier.train(this.data.intents(), this.data.notOurs(), this.normalizer,
				this.uncached);
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public Object normalizeAndClassify() {
		String message = MESSAGES.get(this.next);
		this.next = (this.next + 1) % MESSAGES.size();
		return this.classifier.classify(this.normalizer.normalize(message));
	}

	/** What startup pays once: training on every example. */
	@Benchmark
	@BenchmarkMode(Mode.SingleShotTime)
	@Warmup(iterations = 2)
	@Measurement(iterations = 5)
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public Object train_atStartup() {
		return IntentClassifier.train(this.data.intents(), this.data.notOurs(), this.normalizer, this.uncached);
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(new OptionsBuilder().include(ClassifierBenchmark.class.getName()).build()).run();
	}

}
