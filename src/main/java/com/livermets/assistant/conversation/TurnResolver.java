package com.livermets.assistant.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.ResponseKind;
import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.Sentences;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Recognises the turns that only mean something in this conversation: "start over",
 * picking an offered option (by number, by its text, or "yes" to a single offer), turning
 * the options down, and "tell me more". Anything else is a question, left to the
 * classifier.
 */
public final class TurnResolver {

	private final Content content;

	private final TextNormalizer normalizer;

	/**
	 * The words of each answer's short text, normalized once: content is fixed while the
	 * service runs.
	 */
	private final Map<String, List<String>> answerWords;

	public TurnResolver(Content content, TextNormalizer normalizer) {
		this.content = Objects.requireNonNull(content, "content");
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
		this.answerWords = content.responses()
			.values()
			.stream()
			.filter((response) -> response.kind() == ResponseKind.ANSWER && response.shortText() != null)
			.collect(Collectors.toUnmodifiableMap(Response::intent,
					(response) -> normalizer.normalize(response.shortText()).tokens()));
	}

	/**
	 * @param message the message as typed, for its sentences
	 * @param text the message normalized
	 */
	public Optional<Resolution> resolve(ConversationState state, String message, NormalizedText text) {
		List<String> tokens = text.tokens();
		if (Phrases.isReset(tokens)) {
			return Optional.of(Resolution.reset());
		}
		if (!state.offered().isEmpty()) {
			Optional<Resolution> reaction = reactToOffer(state.offered(), text);
			if (reaction.isPresent()) {
				return reaction;
			}
		}
		String other = (state.topic() != null) ? this.content.response(state.topic()).other() : null;
		if (other != null && Phrases.asksForTheOtherOne(tokens, Set.of(state.topic(), other))) {
			// "no, I meant the other one", "and what's the other one called?" after
			// ablation: embolization, never the reply just given
			return Optional.of(Resolution.answer(other, 1.0));
		}
		Optional<String> otherOfNamed = otherOfNamed(tokens);
		if (otherOfNamed.isPresent()) {
			// "one is ablation I remember, what's the other one called?": the message
			// names one of a pair itself
			return Optional.of(Resolution.answer(otherOfNamed.get(), 1.0));
		}
		if (state.turns() > 0 && Phrases.isRejection(tokens)) {
			// "neither of those", "that's not what I asked": whatever was said last was
			// wrong, so never say it again
			return Optional.of(Resolution.declined());
		}
		if (state.topic() != null && (asksForItPlainer(message, tokens) || Phrases.asksForItAgain(tokens))) {
			// the short answer is the plainest wording the content has, and what someone
			// who did not catch the last reply needs to hear again
			return Optional.of(Resolution.answer(state.topic(), 1.0));
		}
		if (state.topic() != null && quotesTheAnswer(state.topic(), Phrases.wordsAskedAbout(tokens))) {
			// "what do you mean vague" after the symptoms answer: its own words, asked
			// about, are answered by that answer again
			return Optional.of(Resolution.answer(state.topic(), 1.0));
		}
		if (state.topic() != null && Phrases.asksHowCommon(tokens)
				&& Phrases.statesHowCommon(this.answerWords.getOrDefault(state.topic(), List.of()))) {
			// "how common are we talking?" after the bowel-cancer answer: that answer
			// says how common, whatever the words alone lean to
			return Optional.of(Resolution.answer(state.topic(), 1.0));
		}
		if (state.topic() != null && Phrases.isMore(tokens)) {
			return Optional.of(Resolution.more(state.topic()));
		}
		if (state.topic() == null && tokens.equals(List.of("more"))) {
			// a bare "more" with nothing said before (or after the conversation expired)
			// continues nothing; the classifier once read it as a goodbye
			return Optional.of(Resolution.fallback(1.0));
		}
		return Optional.empty();
	}

	/**
	 * A plainer-words request, alone or in a sentence of its own beside sentences that
	 * ask nothing: "Could you say that more simply? I want to explain it to my
	 * granddaughter, who is nine."
	 */
	private boolean asksForItPlainer(String message, List<String> tokens) {
		if (Phrases.asksForItPlainer(tokens)) {
			return true;
		}
		List<String> sentences = Sentences.split(message);
		if (sentences.size() < 2) {
			return false;
		}
		List<List<String>> words = sentences.stream()
			.map((sentence) -> this.normalizer.normalize(sentence).tokens())
			.toList();
		for (int i = 0; i < sentences.size(); i++) {
			if (Phrases.asksForItPlainer(words.get(i)) && othersAskNothing(sentences, words, i)) {
				return true;
			}
		}
		return false;
	}

	private static boolean othersAskNothing(List<String> sentences, List<List<String>> words, int request) {
		for (int j = 0; j < sentences.size(); j++) {
			if (j != request && Phrases.isQuestion(sentences.get(j), words.get(j))) {
				return false;
			}
		}
		return true;
	}

	private boolean quotesTheAnswer(String topic, List<String> asked) {
		return !asked.isEmpty() && this.answerWords.getOrDefault(topic, List.of()).containsAll(asked);
	}

	/**
	 * The other one of a pair when the message names one by its subject and asks only for
	 * the other.
	 */
	private Optional<String> otherOfNamed(List<String> tokens) {
		if (!tokens.contains("other")) {
			return Optional.empty();
		}
		return this.content.responses()
			.values()
			.stream()
			.filter((response) -> response.other() != null && response.subject() != null)
			.filter((response) -> {
				List<String> subject = this.normalizer.normalize(response.subject()).tokens();
				Set<String> pair = new HashSet<>(subject);
				pair.add(response.intent());
				pair.add(response.other());
				return tokens.containsAll(subject) && Phrases.asksForTheOtherOne(tokens, pair);
			})
			.map(Response::other)
			.findFirst();
	}

	private Optional<Resolution> reactToOffer(List<String> offered, NormalizedText text) {
		OptionalInt position = Phrases.ordinal(text.tokens());
		if (position.isPresent()) {
			int index = position.getAsInt() - 1;
			if (index < offered.size()) {
				return Optional.of(Resolution.answer(offered.get(index), 1.0));
			}
			// "3" when two were offered: ask again rather than guess what the number
			// means.
			return askAgain(offered);
		}
		Optional<String> byText = offered.stream().filter((intent) -> isTitleOf(text, intent)).findFirst();
		if (byText.isPresent()) {
			return Optional.of(Resolution.answer(byText.get(), 1.0));
		}
		if (Phrases.isYes(text.tokens())) {
			return (offered.size() == 1) ? Optional.of(Resolution.answer(offered.get(0), 1.0)) : askAgain(offered);
		}
		if (Phrases.isNo(text.tokens())) {
			return Optional.of(Resolution.declined());
		}
		return Optional.empty();
	}

	/**
	 * Several things were offered and the reply did not say which: offer them again,
	 * numbered.
	 */
	private static Optional<Resolution> askAgain(List<String> offered) {
		return (offered.size() >= 2) ? Optional.of(Resolution.clarify(offered, 1.0)) : Optional.empty();
	}

	private boolean isTitleOf(NormalizedText text, String intent) {
		return this.content.hasIntent(intent)
				&& this.normalizer.normalize(this.content.response(intent).title()).text().equals(text.text());
	}

}
