package com.livermets.assistant.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	/**
	 * The words of each subject that names one answer only ("the liver" names two), the
	 * longest first, so that a message is read the same way every time.
	 */
	private final List<Subject> subjects;

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
		this.subjects = intentsBySubject.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() == 1 && !entry.getKey().isEmpty())
			.map((entry) -> new Subject(entry.getKey(), entry.getValue().get(0)))
			.sorted(Comparator.comparingInt((Subject subject) -> -subject.words().size())
				.thenComparing(Subject::intent))
			.toList();
	}

	/**
	 * The reply to a question that names two subjects joined by "and", or empty when it
	 * names no such pair.
	 */
	Optional<Resolution> read(NormalizedText text) {
		List<String> tokens = text.tokens();
		for (int at = 0; at < tokens.size(); at++) {
			List<String> rest = tokens.subList(at, tokens.size());
			for (Subject first : this.subjects) {
				int joint = first.words().size();
				if (!startsWith(rest, first.words()) || joint >= rest.size() || !rest.get(joint).equals(JOINT)) {
					continue;
				}
				List<String> after = rest.subList(joint + 1, rest.size());
				for (Subject second : this.subjects) {
					if (!second.intent().equals(first.intent()) && startsWith(after, second.words())) {
						return Optional.of(reply(first, second));
					}
				}
			}
		}
		return Optional.empty();
	}

	private Resolution reply(Subject first, Subject second) {
		return this.snippetWords.entrySet()
			.stream()
			.filter((snippet) -> !snippet.getKey().equals(first.intent()) && !snippet.getKey().equals(second.intent()))
			.filter((snippet) -> Collections.indexOfSubList(snippet.getValue(), first.words()) >= 0
					&& Collections.indexOfSubList(snippet.getValue(), second.words()) >= 0)
			.min(Comparator
				.comparing((Map.Entry<String, List<String>> snippet) -> !this.followUps.get(first.intent())
					.contains(snippet.getKey()))
				.thenComparingInt((snippet) -> snippet.getValue().size())
				.thenComparing(Map.Entry::getKey))
			// read from the words themselves, not from the classifier's probabilities
			.map((snippet) -> Resolution.answer(snippet.getKey(), 1.0))
			.orElseGet(() -> Resolution.both(first.intent(), second.intent(), 1.0));
	}

	/** A subject's words and the one answer it names. */
	private record Subject(List<String> words, String intent) {
	}

	private static boolean startsWith(List<String> words, List<String> prefix) {
		return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
	}

}
