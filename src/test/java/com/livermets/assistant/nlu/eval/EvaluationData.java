package com.livermets.assistant.nlu.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.ContentLoader;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Everything the evaluation reads, from the same classpath copies the service loads: the
 * training examples of {@code intents/}, the held-out questions and the out-of-scope
 * questions (neither ever trained on).
 *
 * @param intents example questions by intent
 * @param notOurs out-of-scope questions the classifier trains on (never those it is
 * tested on)
 * @param heldout labelled questions written apart from the examples
 * @param outOfScope questions the service must refuse
 * @param shorthand the shorthand map the service uses
 */
record EvaluationData(Map<String, List<String>> intents, List<String> notOurs, List<Labelled> heldout,
		List<String> outOfScope, ShorthandLexicon shorthand) {

	record Labelled(String intent, String question) {
	}

	static final String HELDOUT = "nlu/heldout.tsv";

	static final String OUT_OF_SCOPE = "nlu/out-of-scope.txt";

	static EvaluationData load() {
		ResourceLoader resources = new DefaultResourceLoader();
		ContentProperties content = new ContentProperties("classpath:intents/", "classpath:responses/",
				"classpath:source/liver-metastases.txt", "Liver metastases: patient education page", 5);
		Map<String, List<String>> intents = new ContentLoader(resources, content).load().examples();
		ShorthandLexicon shorthand = ShorthandLexicon.parse(read(resources, "intents/lexicon/shorthand.txt"));
		List<Labelled> heldout = new ArrayList<>();
		ContentFile heldoutFile = read(resources, HELDOUT);
		for (ContentFile.Line line : heldoutFile.meaningfulLines()) {
			String[] parts = line.text().split("\t", 2);
			if (parts.length != 2 || !intents.containsKey(parts[0].strip())) {
				throw new ContentException(HELDOUT, line.number(), "expected a known intent, a tab and a question");
			}
			heldout.add(new Labelled(parts[0].strip(), parts[1].strip()));
		}
		return new EvaluationData(intents, lines(read(resources, "intents/out-of-scope/examples.txt")),
				List.copyOf(heldout), lines(read(resources, OUT_OF_SCOPE)), shorthand);
	}

	TextNormalizer normalizer() {
		return new TextNormalizer(this.shorthand);
	}

	/**
	 * The same data with the shorthand map switched off, for the ablation that measures
	 * what it is worth.
	 */
	EvaluationData withoutShorthand() {
		return new EvaluationData(this.intents, this.notOurs, this.heldout, this.outOfScope, ShorthandLexicon.empty());
	}

	/** The same data without out-of-scope training examples. */
	EvaluationData withoutNotOurs() {
		return new EvaluationData(this.intents, List.of(), this.heldout, this.outOfScope, this.shorthand);
	}

	private static List<String> lines(ContentFile file) {
		return file.meaningfulLines().stream().map(ContentFile.Line::text).toList();
	}

	private static ContentFile read(ResourceLoader resources, String path) {
		Resource resource = resources.getResource("classpath:" + path);
		try {
			return new ContentFile(path, resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
	}

}
