package com.livermets.assistant.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.nlu.NluProperties;
import com.livermets.assistant.nlu.SentenceEmbeddings;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Builds the real safety stage from the packaged files without a Spring context, so the
 * rule tests stay fast.
 */
final class SafetyFixtures {

	/** The packaged defaults, bound as the service binds them (no properties set). */
	static final SafetyProperties DEFAULTS = new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("assistant.safety", SafetyProperties.class);

	/** The fine-tuned safety model switched off: what the other detectors do alone. */
	static final SafetyProperties.Model NO_MODEL = new SafetyProperties.Model(false, DEFAULTS.model().encoder(),
			DEFAULTS.model().tokenizer(), DEFAULTS.model().head(), 1, 1, 1, 1, 1, 1, 0, 1);

	static final SentenceEmbeddings EMBEDDINGS = SentenceEmbeddings
		.of(new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("assistant.nlu", NluProperties.class)
			.embeddingModels());

	static final String SOURCE_TITLE = new ContentProperties("classpath:intents/", "classpath:responses/",
			"classpath:source/liver-metastases.txt", "Liver metastases: patient education page", 5)
		.sourceTitle();

	static final TextNormalizer NORMALIZER = new TextNormalizer(ShorthandLexicon
		.parse(new ContentFile("intents/lexicon/shorthand.txt", classpathText("intents/lexicon/shorthand.txt"))));

	private static SafetyTriage triage;

	private SafetyFixtures() {
	}

	private static SafetyTriage rulesOnly;

	/**
	 * The rules alone, the meaning-based detectors and the safety model off: what a rule
	 * change does by itself.
	 */
	static synchronized SafetyTriage rulesOnly() {
		if (rulesOnly == null) {
			rulesOnly = load(new SafetyProperties(DEFAULTS.rules(), DEFAULTS.cues(), DEFAULTS.exemplars(),
					DEFAULTS.messages(), DEFAULTS.emergencyNumber(),
					new SafetyProperties.Semantic(false, 1, 1, 1, 0, 0, 0), DEFAULTS.training(),
					DEFAULTS.calmQuestions(), DEFAULTS.lookAlikes(),
					new SafetyProperties.Classifier(false, 1, 1, 1, 1, SafetyProperties.Nearest.OFF), NO_MODEL));
		}
		return rulesOnly;
	}

	static synchronized SafetyTriage triage() {
		if (triage == null) {
			triage = load(DEFAULTS);
		}
		return triage;
	}

	/** The level the service's triage gives a message, empty when no detector fires. */
	static Optional<Triage> levelOf(String message) {
		return triage().assess(message).map(SafetyVerdict::triage);
	}

	static SafetyTriage load(SafetyProperties properties) {
		return new SafetyLoader(new DefaultResourceLoader(), properties, NORMALIZER, EMBEDDINGS, Clock.systemUTC())
			.load(classpathText("source/liver-metastases.txt"), SOURCE_TITLE);
	}

	/**
	 * Settings with other files; the exemplar detector runs only with the packaged rules,
	 * because the exemplars name those rules.
	 */
	static SafetyProperties properties(String rules, String cues, String messages, String emergencyNumber) {
		boolean packagedRules = rules.equals(DEFAULTS.rules());
		SafetyProperties.Semantic semantic = DEFAULTS.semantic();
		return new SafetyProperties(rules, cues, DEFAULTS.exemplars(), messages, emergencyNumber,
				new SafetyProperties.Semantic(packagedRules, semantic.crisis(), semantic.emergency(),
						semantic.symptom(), semantic.margin(), semantic.clearMargin(), semantic.support()),
				DEFAULTS.training(), DEFAULTS.calmQuestions(), DEFAULTS.lookAlikes(),
				new SafetyProperties.Classifier(packagedRules, DEFAULTS.classifier().crisis(),
						DEFAULTS.classifier().emergency(), DEFAULTS.classifier().symptom(),
						DEFAULTS.classifier().crisisOverEmergency(), DEFAULTS.classifier().nearest()),
				packagedRules ? DEFAULTS.model() : NO_MODEL);
	}

	static String classpathText(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Rows of a tab-separated test set: {@code column<TAB>message}; blank lines and #
	 * comments skipped.
	 */
	static List<String[]> tsv(String path) {
		List<String[]> rows = new ArrayList<>();
		for (ContentFile.Line line : new ContentFile(path, classpathText(path)).meaningfulLines()) {
			String[] columns = line.text().split("\t");
			if (columns.length != 2) {
				throw new IllegalStateException(path + ":" + line.number() + ": expected 'column<TAB>message'");
			}
			rows.add(new String[] { columns[0].strip(), columns[1].strip() });
		}
		return rows;
	}

	/**
	 * Every case of a safety set folder (its {@code .tsv} files), with the last turn of a
	 * conversation as its message: the label applies to that turn.
	 */
	static List<SetCase> lastTurns(String folder) {
		List<SetCase> cases = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:safety/" + folder + "/*.tsv")) {
				List<String[]> rows = tsv("safety/" + folder + "/" + resource.getFilename());
				for (int i = 0; i < rows.size(); i++) {
					String[] turns = rows.get(i)[1].split(" \\|\\| ");
					cases.add(new SetCase(resource.getFilename(), i, rows.get(i)[0], turns[turns.length - 1]));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return cases;
	}

	/**
	 * One case of a safety set: its file, its row among the file's cases, label and
	 * message.
	 */
	record SetCase(String file, int row, String label, String message) {
	}

	/**
	 * The level a test-set label expects: crisis, emergency, symptom (contact_doctor) or
	 * near_miss (none).
	 */
	static Triage label(String label) {
		return switch (label) {
			case "crisis" -> Triage.CRISIS;
			case "emergency" -> Triage.EMERGENCY;
			case "symptom" -> Triage.CONTACT_DOCTOR;
			case "near_miss" -> Triage.NONE;
			default -> throw new IllegalArgumentException("unknown label " + label);
		};
	}

}
