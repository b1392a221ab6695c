package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.text.Sentences;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Parses the risk classifier's labelled messages, {@code label<TAB>message} a line (see
 * the file's header). Every mistake stops the service with {@code file:line: problem}.
 */
final class TrainingFile {

	/**
	 * One labelled message, normalized as messages are, and where it was written.
	 *
	 * @param sentences each of its sentences, normalized, when it has more than one
	 */
	record Labelled(Triage level, String text, List<String> sentences, int line) {
	}

	private TrainingFile() {
	}

	static List<Labelled> parse(ContentFile file, TextNormalizer normalizer) {
		List<Labelled> labelled = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		for (ContentFile.Line line : file.meaningfulLines()) {
			String[] columns = line.text().split("\t");
			if (columns.length != 2) {
				throw new ContentException(file.name(), line.number(),
						"expected '<label><TAB><message>', found " + columns.length + " column(s)");
			}
			Triage level = level(file, line.number(), columns[0].strip());
			String text = normalizer.normalize(columns[1]).text();
			if (text.isEmpty()) {
				throw new ContentException(file.name(), line.number(), "empty message");
			}
			Integer earlier = seen.putIfAbsent(text, line.number());
			if (earlier != null) {
				throw new ContentException(file.name(), line.number(),
						"the same message as line " + earlier + " (after normalization)");
			}
			List<String> sentences = Sentences.split(columns[1])
				.stream()
				.map((sentence) -> normalizer.normalize(sentence).text())
				.filter((sentence) -> !sentence.isEmpty() && !sentence.equals(text))
				.distinct()
				.toList();
			labelled.add(new Labelled(level, text, sentences, line.number()));
		}
		if (labelled.stream().noneMatch((entry) -> entry.level() == Triage.NONE)
				|| labelled.stream().allMatch((entry) -> entry.level() == Triage.NONE)) {
			throw new ContentException(file.name(), 1, "needs both risk and near_miss messages");
		}
		return List.copyOf(labelled);
	}

	/** The labels of the project's safety sets, so a scored set can be added as it is. */
	private static Triage level(ContentFile file, int line, String label) {
		return switch (label) {
			case "crisis" -> Triage.CRISIS;
			case "emergency" -> Triage.EMERGENCY;
			case "symptom" -> Triage.CONTACT_DOCTOR;
			case "near_miss" -> Triage.NONE;
			default -> throw new ContentException(file.name(), line,
					"unknown label '" + label + "'; use crisis, emergency, symptom or near_miss");
		};
	}

}
