package com.livermets.assistant.safety;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.nlu.SentenceEmbeddings;
import com.livermets.assistant.text.TextNormalizer;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads and validates the rule file, the cue file, the exemplar file and the three fixed
 * messages, then proves every rule still fires on its own examples and every exemplar on
 * itself. Anything wrong stops the service with {@code file:line: problem}.
 */
final class SafetyLoader {

	private final ResourceLoader resources;

	private final SafetyProperties properties;

	private final TextNormalizer normalizer;

	private final SentenceEmbeddings embeddings;

	private final Clock clock;

	SafetyLoader(ResourceLoader resources, SafetyProperties properties, TextNormalizer normalizer,
			SentenceEmbeddings embeddings, Clock clock) {
		this.resources = resources;
		this.properties = properties;
		this.normalizer = normalizer;
		this.embeddings = embeddings;
		this.clock = clock;
	}

	SafetyTriage load(String sourceText, String sourceTitle) {
		// the model's session takes a few hundred ms to build and needs none of what
		// follows, so it is built on another core meanwhile
		CompletableFuture<SafetyModel> model = CompletableFuture.supplyAsync(this::loadModel);
		ContentFile ruleFile = read(this.properties.rules(), "intents/safety/rules.txt");
		List<SafetyRule> rules = RuleFile.parse(ruleFile);
		Cues cues = Cues.parse(read(this.properties.cues(), "intents/safety/cues.txt"));
		Map<Triage, SafetyMessage> messages = new EnumMap<>(Triage.class);
		for (Triage level : List.of(Triage.EMERGENCY, Triage.CRISIS, Triage.CONTACT_DOCTOR)) {
			String name = level.wireName() + ".txt";
			String folder = this.properties.messages().endsWith("/") ? this.properties.messages()
					: this.properties.messages() + "/";
			messages.put(level, SafetyMessage.parse(read(folder + name, "responses/safety/" + name), level,
					this.properties.emergencyNumber(), sourceText, sourceTitle));
		}
		checkExamples(ruleFile, rules, cues);
		if (!this.properties.semantic().enabled()) {
			return new SafetyTriage(rules, cues, messages, this.normalizer, null, null, join(model), this.clock);
		}
		Map<String, Triage> levels = rules.stream().collect(Collectors.toMap(SafetyRule::id, SafetyRule::level));
		ContentFile exemplarFile = read(this.properties.exemplars(), "intents/safety/exemplars.txt");
		ExemplarFile.Parsed exemplars = ExemplarFile.parse(exemplarFile, rules.stream().map(SafetyRule::id).toList(),
				this.normalizer);
		List<String> questions = calmLines(read(this.properties.calmQuestions(), "intents/safety/calm-questions.txt"),
				this.normalizer);
		List<String> calmForExemplars = new ArrayList<>(questions);
		calmForExemplars
			.addAll(calmLines(read(this.properties.lookAlikes(), "intents/safety/look-alikes.txt"), this.normalizer));
		SemanticDetector semantic = new SemanticDetector(this.embeddings, exemplars, levels, calmForExemplars,
				this.properties.semantic());
		// The proof that every exemplar fires and the classifier's training file are
		// independent and each a few hundred ms of the start: prove on another core while
		// this one reads the file. Both must succeed, and a failed proof is reported
		// first, as before.
		CompletableFuture<Void> proof = CompletableFuture
			.runAsync(() -> proveExemplarsFire(semantic, exemplarFile, exemplars, levels));
		RiskClassifier classifier;
		try {
			classifier = this.properties.classifier().enabled() ? RiskClassifier.train(this.embeddings,
					RiskClassifier.examples(TrainingFile
						.parse(read(this.properties.training(), "intents/safety/training.tsv"), this.normalizer),
							exemplars, levels, questions),
					this.properties.classifier()) : null;
		}
		catch (RuntimeException ex) {
			join(proof);
			throw ex;
		}
		join(proof);
		return new SafetyTriage(rules, cues, messages, this.normalizer, semantic, classifier, join(model), this.clock);
	}

	private SafetyModel loadModel() {
		SafetyProperties.Model settings = this.properties.model();
		if (!settings.enabled()) {
			return null;
		}
		SafetyModel.Head head = SafetyModel.Head.parse(read(settings.head(), "safety-model/head.txt"));
		return SafetyModel.load(existing(settings.encoder(), "assistant.safety.model.encoder"),
				existing(settings.tokenizer(), "assistant.safety.model.tokenizer"), head, settings);
	}

	private Resource existing(String location, String key) {
		Resource resource = this.resources.getResource(location);
		if (!resource.exists()) {
			throw new IllegalStateException(key + ": file not found: " + location);
		}
		return resource;
	}

	private static <T> T join(CompletableFuture<T> work) {
		try {
			return work.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/**
	 * An edit that breaks a rule fails here, at startup, rather than when a patient needs
	 * it.
	 */
	private void checkExamples(ContentFile ruleFile, List<SafetyRule> rules, Cues cues) {
		Predicate<String> realWord = SafetyTriage.realWords(cues);
		int thisYear = Year.now(this.clock).getValue();
		for (SafetyRule rule : rules) {
			for (SafetyRule.Example example : rule.examples()) {
				List<String> tokens = this.normalizer.normalize(example.text()).tokens();
				if (!rule.firesOn(SafetyRule.Message.of(tokens, cues, realWord, thisYear))) {
					throw new ContentException(ruleFile.name(), example.line(),
							"rule '" + rule.id() + "' does not fire on its example '" + example.text() + "'");
				}
			}
		}
	}

	/**
	 * An exemplar that would not fire its own level (a calm look-alike too close to it)
	 * stops the service, because it would be a risk phrasing that silently does nothing.
	 */
	private void proveExemplarsFire(SemanticDetector detector, ContentFile file, ExemplarFile.Parsed parsed,
			Map<String, Triage> levels) {
		parsed.risks().forEach((rule, exemplars) -> {
			Triage level = levels.get(rule);
			for (ExemplarFile.Exemplar exemplar : exemplars) {
				boolean fires = detector.assess(this.embeddings.example(exemplar.text()), EnumSet.allOf(Triage.class))
					.filter((hit) -> SafetyTriage.PRIORITY.indexOf(hit.level()) <= SafetyTriage.PRIORITY.indexOf(level))
					.isPresent();
				if (!fires) {
					throw new ContentException(file.name(), exemplar.line(), "exemplar of rule '" + rule
							+ "' does not fire: a 'calm:' look-alike is as close to it as the margin allows");
				}
			}
		});
	}

	/**
	 * The lines of a file of calm text (the calm questions or the look-alikes),
	 * normalized. The calm questions are the safety stage's own copy, not the intents'
	 * examples: answer work rewords those every round, and each rewording moved
	 * borderline crises (docs/safety.md, "Sixth round").
	 */
	static List<String> calmLines(ContentFile file, TextNormalizer normalizer) {
		return file.meaningfulLines()
			.stream()
			.map((line) -> normalizer.normalize(line.text()).text())
			.filter((text) -> !text.isEmpty())
			.toList();
	}

	private ContentFile read(String location, String name) {
		return ContentFile.read(this.resources.getResource(location), name);
	}

}
