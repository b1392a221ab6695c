package com.livermets.assistant.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.ResponseKind;
import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Two subjects named side by side ("what are ablation and embolization?", "ablation and
 * embolisation, what are they both?"). The classifier reads such a question as one of the
 * two, and half of it goes unanswered. The reply is a snippet that names both: one the
 * first subject's answer offers as a follow-up (ablation offers minimally invasive
 * treatments), else the shortest; when no snippet names both, both subjects' snippets.
 * Subjects are the responses' {@code subject:} keys, so a new treatment with a subject
 * needs no code.
 */
final class NamedTogether {

	private static final String JOINT = "and";

	/** The words of each subject that names one answer only ("the liver" names two). */
	private final Map<List<String>, String> intentBySubject;

	/** The words of each answer's snippet. */
	private final Map<String, List<String>> snippetWords;

	/** The follow-ups each answer offers. */
	private final Map<String, List<String>> followUps;

	NamedTogether(Content content, TextNormalizer normalizer) {
		Map<String, List<String>> words = new HashMap<>();
		Map<String, List<String>> offered = new HashMap<>();
		Map<List<String>, List<String>> intentsBySubject = new HashMap<>();
		for (Response response : content.responses().values()) {
			if (response.kind() != ResponseKind.ANSWER) {
				continue;
			}
			words.put(response.intent(), normalizer.normalize(response.shortText()).tokens());
			offered.put(response.intent(), response.followUps());
			if (response.subject() != null) {
				intentsBySubject
					.computeIfAbsent(normalizer.normalize(response.subject()).tokens(), (subject) -> new ArrayList<>())
					.add(response.intent());
			}
		}
		this.snippetWords = Map.copyOf(words);
		this.followUps = Map.copyOf(offered);
		this.intentBySubject = intentsBySubject.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() == 1 && !entry.getKey().isEmpty())
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> entry.getValue().get(0)));
	}

	/**
	 * The reply to a question that names two subjects joined by "and", or empty when it
	 * names no such pair.
	 */
	Optional<Resolution> read(NormalizedText text) {
		List<String> tokens = text.tokens();
		for (Map.Entry<List<String>, String> first : this.intentBySubject.entrySet()) {
			int at = Collections.indexOfSubList(tokens, first.getKey());
			int joint = at + first.getKey().size();
			if (at < 0 || joint >= tokens.size() || !tokens.get(joint).equals(JOINT)) {
				continue;
			}
			List<String> after = tokens.subList(joint + 1, tokens.size());
			for (Map.Entry<List<String>, String> second : this.intentBySubject.entrySet()) {
				if (!second.getValue().equals(first.getValue()) && startsWith(after, second.getKey())) {
					return Optional.of(reply(first, second));
				}
			}
		}
		return Optional.empty();
	}

	private Resolution reply(Map.Entry<List<String>, String> first, Map.Entry<List<String>, String> second) {
		return this.snippetWords.entrySet()
			.stream()
			.filter((snippet) -> !snippet.getKey().equals(first.getValue())
					&& !snippet.getKey().equals(second.getValue()))
			.filter((snippet) -> Collections.indexOfSubList(snippet.getValue(), first.getKey()) >= 0
					&& Collections.indexOfSubList(snippet.getValue(), second.getKey()) >= 0)
			.min(Comparator
				.comparing((Map.Entry<String, List<String>> snippet) -> !this.followUps.get(first.getValue())
					.contains(snippet.getKey()))
				.thenComparingInt((snippet) -> snippet.getValue().size())
				.thenComparing(Map.Entry::getKey))
			.map((snippet) -> Resolution.answer(snippet.getKey(), 1.0))
			.orElseGet(() -> Resolution.both(first.getValue(), second.getValue(), 1.0));
	}

	private static boolean startsWith(List<String> words, List<String> prefix) {
		return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
	}

}
