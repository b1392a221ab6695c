package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Parses the exemplar file of the meaning-based detector: blocks of
 *
 * <pre>
 * rule: suicidal_thoughts
 * like: i do not see the point of carrying on
 * </pre>
 *
 * and, anywhere, {@code calm: <message>} lines: look-alikes that are not a risk ("this
 * paperwork is killing me"). Every mistake stops the service with
 * {@code file:line: problem}.
 */
final class ExemplarFile {

	/** One exemplar, normalized as messages are, and where it was written. */
	record Exemplar(String rule, String text, int line) {
	}

	/**
	 * @param risks by rule id, in file order; @param calm the look-alikes
	 */
	record Parsed(Map<String, List<Exemplar>> risks, List<Exemplar> calm) {
	}

	private ExemplarFile() {
	}

	/**
	 * @param ruleIds the ids of the rule file; every block names one of them
	 */
	static Parsed parse(ContentFile file, List<String> ruleIds, TextNormalizer normalizer) {
		Map<String, List<Exemplar>> risks = new LinkedHashMap<>();
		List<Exemplar> calm = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		String rule = null;
		int ruleLine = 0;
		for (ContentFile.Entry entry : file.entries()) {
			switch (entry.key()) {
				case "rule" -> {
					requireExemplars(file, rule, ruleLine, risks);
					rule = entry.value();
					ruleLine = entry.line();
					if (!ruleIds.contains(rule)) {
						throw new ContentException(file.name(), entry.line(),
								"unknown rule '" + rule + "'; the rule file has " + String.join(", ", ruleIds));
					}
					if (risks.containsKey(rule)) {
						throw new ContentException(file.name(), entry.line(), "rule '" + rule + "' has two blocks");
					}
					risks.put(rule, new ArrayList<>());
				}
				case "like", "calm" -> {
					boolean like = entry.key().equals("like");
					if (like && rule == null) {
						throw new ContentException(file.name(), entry.line(), "'like:' before any 'rule:'");
					}
					String text = normalizer.normalize(entry.value()).text();
					if (text.isEmpty()) {
						throw new ContentException(file.name(), entry.line(), "empty exemplar");
					}
					Integer earlier = seen.putIfAbsent(text, entry.line());
					if (earlier != null) {
						throw new ContentException(file.name(), entry.line(),
								"the same exemplar as line " + earlier + " (after normalization)");
					}
					Exemplar exemplar = new Exemplar(like ? rule : null, text, entry.line());
					if (like) {
						risks.get(rule).add(exemplar);
					}
					else {
						calm.add(exemplar);
					}
				}
				default -> throw new ContentException(file.name(), entry.line(),
						"unknown key '" + entry.key() + "'; expected rule, like or calm");
			}
		}
		requireExemplars(file, rule, ruleLine, risks);
		return new Parsed(risks, calm);
	}

	private static void requireExemplars(ContentFile file, String rule, int line, Map<String, List<Exemplar>> risks) {
		if (rule != null && risks.get(rule).isEmpty()) {
			throw new ContentException(file.name(), line, "rule '" + rule + "' has no 'like:' exemplar");
		}
	}

}
