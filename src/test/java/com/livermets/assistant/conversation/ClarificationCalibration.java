package com.livermets.assistant.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.ContentLoader;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.NluProperties;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;
import com.livermets.assistant.nlu.eval.ParallelTraining;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Classifies questions the classifier did not train on (the held-out set, and each fold
 * of a k-fold cross-validation over {@code intents/}) and keeps, per question, the true
 * intent and the classifier's ranking. The clarification thresholds are chosen, and
 * checked, on these observations.
 */
final class ClarificationCalibration {

	/**
	 * One question the classifier had not seen: its true intent ({@code null} when out of
	 * scope) and result.
	 */
	record Observation(String gold, Classification result) {

		boolean refused() {
			return this.result.isRefused();
		}

		double top() {
			return this.result.ranking().get(0).score();
		}

		double margin() {
			return top() - this.result.ranking().get(1).score();
		}

		boolean correct() {
			return !refused() && this.result.intent().equals(this.gold);
		}

		boolean goldAmongTop(int n) {
			return this.result.ranking().stream().limit(n).anyMatch((scored) -> scored.intent().equals(this.gold));
		}

	}

	static final int FOLDS = 5;

	private final DefaultResourceLoader resources = new DefaultResourceLoader();

	private final TextNormalizer normalizer;

	private final Content content;

	private final NluProperties nlu;

	/**
	 * The "not ours" examples the service trains on, so the observations are the
	 * service's.
	 */
	private final List<String> notOurs;

	ClarificationCalibration(NluProperties nlu) {
		this.nlu = nlu;
		this.normalizer = new TextNormalizer(
				ShorthandLexicon.parse(new ContentFile("intents/lexicon/shorthand.txt", read(nlu.shorthand()))));
		this.content = new ContentLoader(this.resources, new ContentProperties("classpath:intents/",
				"classpath:responses/", "classpath:source/liver-metastases.txt", "Liver metastases", 5))
			.load();
		this.notOurs = new ContentFile(nlu.outOfScope(), read(nlu.outOfScope())).meaningfulLines()
			.stream()
			.map(ContentFile.Line::text)
			.toList();
	}

	/**
	 * Held-out questions, classified by a classifier trained on all of {@code intents/}.
	 */
	List<Observation> heldOut() {
		IntentClassifier classifier = IntentClassifier.train(this.content.examples(), this.notOurs, this.normalizer,
				this.nlu);
		List<Observation> observations = new ArrayList<>();
		for (ContentFile.Line line : new ContentFile("heldout.tsv", read("classpath:nlu/heldout.tsv"))
			.meaningfulLines()) {
			String[] columns = line.text().split("\t", 2);
			observations.add(new Observation(columns[0].strip(), classifier.classify(columns[1])));
		}
		return observations;
	}

	/** Out-of-scope questions: every answer to one of them is wrong. */
	List<Observation> outOfScope() {
		IntentClassifier classifier = IntentClassifier.train(this.content.examples(), this.notOurs, this.normalizer,
				this.nlu);
		return new ContentFile("out-of-scope.txt", read("classpath:nlu/out-of-scope.txt")).meaningfulLines()
			.stream()
			.map((line) -> new Observation(null, classifier.classify(line.text())))
			.toList();
	}

	/**
	 * Every example of {@code intents/}, classified by a classifier trained without its
	 * fold; the folds train side by side.
	 */
	List<Observation> crossValidated() {
		List<Callable<List<Observation>>> trainings = new ArrayList<>();
		for (int fold = 0; fold < FOLDS; fold++) {
			int heldOutFold = fold;
			trainings.add(() -> observeFold(heldOutFold));
		}
		return ParallelTraining.run(trainings).stream().flatMap(List::stream).toList();
	}

	private List<Observation> observeFold(int fold) {
		Map<String, List<String>> training = new LinkedHashMap<>();
		Map<String, List<String>> testing = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> intent : this.content.examples().entrySet()) {
			List<String> examples = intent.getValue();
			for (int i = 0; i < examples.size(); i++) {
				(i % FOLDS == fold ? testing : training).computeIfAbsent(intent.getKey(), (k) -> new ArrayList<>())
					.add(examples.get(i));
			}
		}
		IntentClassifier classifier = IntentClassifier.train(training, this.notOurs, this.normalizer, this.nlu);
		List<Observation> observations = new ArrayList<>();
		testing.forEach((gold, questions) -> questions
			.forEach((question) -> observations.add(new Observation(gold, classifier.classify(question)))));
		return observations;
	}

	Content content() {
		return this.content;
	}

	private String read(String location) {
		Resource resource = this.resources.getResource(location);
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
