package com.livermets.assistant.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.NluProperties;
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

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What the safety stage adds to a new message, side by side in one run: classify alone
 * (one embedding), and safety then classify (rules, the exemplar detector on the same
 * embedding, then the classifier). Every message is new (a counter makes each one
 * unique), so neither the classification cache nor the embedding cache helps. A long,
 * many-sentence story is measured apart: each of its sentences costs an embedding of its
 * own. Run:
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath com.livermets.assistant.safety.SafetyBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SafetyBenchmark {

	private static final List<String> MESSAGES = List.of("wat r liver mets", "tx options?",
			"my mom's scan said metastases, what is that and how do they treat it",
			"can emoblization shrink the tumours in my dads liver", "how do i make pancakes", "hi",
			"is there support for my family while i am having chemotherapy for cancer that spread to my liver");

	private static final String STORY = "My dad was diagnosed in spring. The surgeons took part of his liver out. "
			+ "He did well for a while and we went on holiday in the summer. Then the scan in October showed new spots. "
			+ "He started chemo again three weeks ago. He is tired and not eating much. "
			+ "Yesterday he sat in the garden all afternoon. Today he asked me about the trial the nurse mentioned. "
			+ "What are the options now?";

	private SafetyTriage safety;

	private SafetyTriage withoutModel;

	private IntentClassifier classifier;

	private long counter;

	@Setup(Level.Trial)
	public void load() {
		this.safety = SafetyFixtures.triage();
		SafetyProperties d = SafetyFixtures.DEFAULTS;
		this.withoutModel = SafetyFixtures.load(new SafetyProperties(d.rules(), d.cues(), d.exemplars(), d.messages(),
				d.emergencyNumber(), d.semantic(), d.training(), d.calmQuestions(), d.lookAlikes(), d.classifier(),
				SafetyFixtures.NO_MODEL));
		NluProperties uncached = NluProperties.defaults().withCacheSize(0);
		this.classifier = IntentClassifier.train(intents(), lines("classpath:intents/out-of-scope/examples.txt"),
				SafetyFixtures.NORMALIZER, uncached);
	}

	private String next() {
		this.counter++;
		return MESSAGES.get((int) (this.counter % MESSAGES.size())) + " " + this.counter;
	}

	@Benchmark
	public Object classifyOnly() {
		return this.classifier.classify(SafetyFixtures.NORMALIZER.normalize(next()));
	}

	@Benchmark
	public Object safetyThenClassify() {
		String message = next();
		this.safety.assess(message);
		return this.classifier.classify(SafetyFixtures.NORMALIZER.normalize(message));
	}

	/** The same without the fine-tuned safety model: what its pass adds. */
	@Benchmark
	public Object safetyWithoutModelThenClassify() {
		String message = next();
		this.withoutModel.assess(message);
		return this.classifier.classify(SafetyFixtures.NORMALIZER.normalize(message));
	}

	/** The rules alone (no embedding): what the rule scan costs per new message. */
	@Benchmark
	public Object rulesOnly() {
		return this.safety.read(next());
	}

	@Benchmark
	public Object safetyThenClassify_longStory() {
		this.counter++;
		String message = STORY + " " + this.counter;
		this.safety.assess(message);
		return this.classifier.classify(SafetyFixtures.NORMALIZER.normalize(message));
	}

	@Benchmark
	public Object classifyOnly_longStory() {
		this.counter++;
		return this.classifier.classify(SafetyFixtures.NORMALIZER.normalize(STORY + " " + this.counter));
	}

	private static Map<String, List<String>> intents() {
		Map<String, List<String>> intents = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:intents/*.txt")) {
				String name = resource.getFilename();
				intents.put(name.substring(0, name.length() - 4), lines(resource));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return intents;
	}

	private static List<String> lines(String location) {
		return lines(new PathMatchingResourcePatternResolver().getResource(location));
	}

	private static List<String> lines(Resource resource) {
		try {
			return new ContentFile(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8))
				.meaningfulLines()
				.stream()
				.map(ContentFile.Line::text)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void main(String[] args) throws RunnerException {
		new Runner(
				new OptionsBuilder().include(SafetyBenchmark.class.getName() + ((args.length > 0) ? "." + args[0] : ""))
					.build())
			.run();
	}

}
