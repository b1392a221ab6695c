package com.livermets.assistant.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.nlu.ShorthandLexicon;
import com.livermets.assistant.nlu.TextNormalizer;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.DefaultResourceLoader;

/** Builds the real safety stage from the packaged files without a Spring context, so the rule tests stay fast. */
final class SafetyFixtures {

	static final SafetyProperties DEFAULTS = new SafetyProperties("classpath:intents/safety/rules.txt",
			"classpath:intents/safety/cues.txt", "classpath:responses/safety/", "911");

	static final String SOURCE_TITLE = new ContentProperties("classpath:intents/", "classpath:responses/",
			"classpath:source/liver-metastases.txt", "Liver metastases: patient education page", 5)
		.sourceTitle();

	static final TextNormalizer NORMALIZER = new TextNormalizer(
			ShorthandLexicon.parse(new ContentFile("intents/lexicon/shorthand.txt",
					classpathText("intents/lexicon/shorthand.txt"))));

	private static SafetyTriage triage;

	private SafetyFixtures() {
	}

	static synchronized SafetyTriage triage() {
		if (triage == null) {
			triage = load(DEFAULTS);
		}
		return triage;
	}

	static SafetyTriage load(SafetyProperties properties) {
		return new SafetyLoader(new DefaultResourceLoader(), properties, NORMALIZER)
			.load(classpathText("source/liver-metastases.txt"), SOURCE_TITLE);
	}

	static String classpathText(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rows of a tab-separated test set: {@code column<TAB>message}; blank lines and # comments skipped. */
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

}
