package com.livermets.assistant.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.ResponseKind;
import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.ScoredIntent;
import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Classifies a message in the light of the last topic. "How is that done?" or "and
 * embolization?" say too little alone. When a message reads as such a follow-up (a
 * pronoun, an elliptical opening, a short fragment) and the classifier is unsure of it
 * alone, it is rewritten into the question the user most likely meant, using the last
 * topic's question, and a rewrite is kept only if the classifier is confident of it. A
 * clear question is never bent towards the old topic; a question whose only subject is a
 * pronoun is not a clear question, even when the classifier is sure of it alone ("how
 * does this work?" reads, alone, as a question about this chat).
 *
 * <p>
 * The rewrites, tried in order (the last topic's question being, say, "What is
 * ablation?"):
 * <ol>
 * <li>pronouns replaced by the topic's subject: "how is that done" -> "how is ablation
 * done";</li>
 * <li>the topic's question frame with the fragment as subject: "and embolization" ->
 * "what is embolization";</li>
 * <li>the fragment followed by the whole topic question: "what about breast cancer" ->
 * "breast cancer which cancers spread to the liver". This one adds the topic's words
 * wholesale, which can drown the fragment ("what about cost what is ablation" reads as
 * ablation), so it is kept only when the message, or the fragment without its opening,
 * already ranks that intent among its likeliest.</li>
 * </ol>
 */
public final class ContextualClassifier {

	/**
	 * What "this" means when nothing was said before it: the subject of the whole
	 * service.
	 */
	private static final List<String> SERVICE_SUBJECT = List.of("liver", "metastases");

	/**
	 * How much more a neighbour must get from the fragment alone than the last topic to
	 * be chosen over it. "The kidneys" after "which cancers spread to the liver?" gives
	 * the bowel-cancer topic 0.24 and the last topic 0.03: a faint lean, not a change of
	 * subject (docs/conversation.md, round 4).
	 */
	private static final double TOPIC_PREFERENCE = 0.25;

	/**
	 * How much more a candidate gets when its own answer names what the fragment asks
	 * about: "what about the kidneys?" after "can breast cancer spread to the liver?" is
	 * the answer that lists kidney cancer, not the bowel-cancer one the word alone leans
	 * to.
	 */
	private static final double NAMED_IN_ANSWER = 0.25;

	/**
	 * A word in more answers than this says nothing of which one is meant ("liver",
	 * "cancer").
	 */
	private static final int MOST_ANSWERS_NAMING_A_WORD = 3;

	/** Words are compared on their first letters, so "kidneys" finds "kidney". */
	private static final int STEM_LETTERS = 5;

	private static final int SHORTEST_NAMING_WORD = 4;

	/**
	 * The least share the fragment alone must give a neighbour to overrule what the whole
	 * message says clearly.
	 */
	private static final double OVERRULING_SHARE = 0.2;

	/**
	 * The longest follow-up whose pronoun is read as a reply's named subject before
	 * anything else.
	 */
	private static final int NAMED_SUBJECT_TOKENS = 5;

	/**
	 * The longest follow-up whose "it" right after its question verb ("is it all one lump
	 * or in parts?" after what the liver does) is read as a reply's named subject: there
	 * "it" can only be what was just named, however long the question.
	 */
	private static final int NAMED_SUBJECT_IT_TOKENS = 10;

	/**
	 * The longest message that the classifier refuses alone and that is still read with
	 * the last topic's question: a short question about a part of what was just said.
	 */
	private static final int SHORT_REFUSED_TOKENS = 6;

	/** How high the fragment alone must rank the intent of a whole-question rewrite. */
	private static final int SUPPORTING_RANKS = 3;

	private final IntentClassifier classifier;

	private final TextNormalizer normalizer;

	private final Content content;

	private final ClarificationPolicy policy;

	/**
	 * The answers each word names, by the word's first letters, for the words few answers
	 * name: built once, the content does not change while the service runs.
	 */
	private final Map<String, Set<String>> answersByRareWord;

	public ContextualClassifier(IntentClassifier classifier, TextNormalizer normalizer, Content content,
			ClarificationPolicy policy) {
		this.classifier = Objects.requireNonNull(classifier, "classifier");
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
		this.content = Objects.requireNonNull(content, "content");
		this.policy = Objects.requireNonNull(policy, "policy");
		this.answersByRareWord = answersByRareWord(content, normalizer);
	}

	/**
	 * @param text the normalized message
	 * @param topic the last topic, or {@code null}
	 */
	public Classification classify(NormalizedText text, String topic) {
		Classification alone = this.classifier.classify(text);
		if (topic == null || !this.content.hasIntent(topic)) {
			if (!this.policy.isConfident(alone) && Phrases.pointsAtTheSubject(text.tokens())) {
				// "where does this even come from?" with nothing said before: the
				// service's subject is meant
				return confident(Phrases.replaceAnaphors(text.tokens(), SERVICE_SUBJECT)).orElse(alone);
			}
			return alone;
		}
		List<String> fragment = Phrases.withoutOpening(text.tokens());
		String named = this.content.response(topic).subject();
		List<String> namedSubject = (named != null) ? this.normalizer.normalize(named).tokens() : null;
		Optional<Classification> aboutNamedSubject = withNamedSubject(fragment, namedSubject).flatMap(this::confident);
		if (aboutNamedSubject.isPresent()) {
			return aboutNamedSubject.get();
		}
		// "so which one is the most common?": after its opening, a question whose only
		// subject is a pronoun is about the last topic itself, never a neighbour
		boolean pronounQuestion = Phrases.isPronounQuestion(text.tokens()) || Phrases.isPronounQuestion(fragment);
		if (Phrases.hasOpening(text.tokens()) && !pronounQuestion) {
			// "and why the liver?", "what about breast cancer?": the last topic or one
			// next to it, when one fits
			Optional<Classification> near = neighbour(fragment, topic, alone);
			if (near.isPresent()) {
				return near.get();
			}
		}
		boolean shortAndRefused = !pronounQuestion && alone.isRefused() && text.tokens().size() <= SHORT_REFUSED_TOKENS
				&& !Phrases.leansOnContext(text.tokens());
		if (!shortAndRefused && !pronounQuestion
				&& (this.policy.isConfident(alone) || !Phrases.leansOnContext(text.tokens()))) {
			return alone;
		}
		List<String> question = this.normalizer.normalize(this.content.response(topic).title()).tokens();
		if (shortAndRefused) {
			// "what are the cells called?" after where the liver is: alone it names
			// nothing the page covers, with the topic's question it may; kept only
			// when the words alone rank that reading high, so a new subject ("a good
			// garage in Cologne?") stays off topic
			return confident(concat(fragment, question)).filter(
					(rewrite) -> ranksHigh(alone, rewrite.intent()) || ranksHigh(classify(fragment), rewrite.intent()))
				.orElse(alone);
		}
		List<String> frame = question.subList(0, Phrases.frameLength(question));
		List<String> subject = (namedSubject != null) ? namedSubject : question.subList(frame.size(), question.size());
		if (Phrases.hasAnaphor(fragment)) {
			Optional<Classification> rewritten = confident(Phrases.replaceAnaphors(fragment, subject));
			if (rewritten.isPresent()) {
				return rewritten.get();
			}
		}
		if (pronounQuestion && this.policy.isConfident(alone)) {
			// "is that common?" after the bowel-cancer answer: "that" is the last topic,
			// whatever the words alone lean to (here, how common liver metastases are);
			// when the topic's question does not read back as the topic, what the
			// classifier was sure of stands
			return confident(concat(fragment, question)).filter((rewrite) -> rewrite.intent().equals(topic))
				.orElse(alone);
		}
		Optional<Classification> reframed = confident(concat(frame, fragment));
		if (reframed.isPresent()) {
			return reframed.get();
		}
		Optional<Classification> joined = confident(concat(fragment, question))
			.filter((rewrite) -> ranksHigh(alone, rewrite.intent()) || ranksHigh(classify(fragment), rewrite.intent()));
		if (joined.isPresent()) {
			return joined.get();
		}
		return Phrases.isFragment(text.tokens()) ? neighbour(fragment, topic, alone).orElse(alone) : alone;
	}

	/**
	 * The last topic, or a topic next to it (its follow-ups, and the topics it follows
	 * up), that the fragment asks about. Each one's question is joined to the fragment
	 * ("breast cancer which cancers spread to the liver"); of those the classifier reads
	 * back as that same topic, the last topic is kept unless the fragment alone clearly
	 * leans to a neighbour ("why the liver" after "which cancers spread there?" is the
	 * portal vein). A message that is clear alone changes only when the fragment alone
	 * gives the neighbour a real share too.
	 */
	private Optional<Classification> neighbour(List<String> fragment, String topic, Classification alone) {
		if (fragment.isEmpty()) {
			return Optional.empty();
		}
		Classification fragmentAlone = classify(fragment);
		Set<String> candidates = neighbours(topic);
		// what the fragment itself says most, when the page answers it: "n y the liver"
		// after "what are liver metastases?" is the portal vein, two topics away
		String own = fragmentAlone.topIntent();
		if (own != null && isAnswer(own)) {
			candidates.add(own);
		}
		// the best-scoring candidate whose rewrite reads back as itself wins (the first
		// of equal scores), so candidates are tried best first and the first that reads
		// back decides: each rewrite tried is a forward pass of both encoders, and a
		// topic has up to ten neighbours
		Set<String> named = namedInAnswers(fragment, candidates);
		List<String> byScore = new ArrayList<>(candidates);
		byScore.sort(
				Comparator
					.comparingDouble((String candidate) -> score(fragmentAlone, candidate, topic)
							+ (named.contains(candidate) ? NAMED_IN_ANSWER : 0))
					.reversed());
		Classification best = null;
		for (String candidate : byScore) {
			List<String> question = this.normalizer.normalize(this.content.response(candidate).title()).tokens();
			Optional<Classification> rewrite = confident(concat(fragment, question))
				.filter((classification) -> classification.intent().equals(candidate));
			if (rewrite.isPresent()) {
				best = rewrite.get();
				break;
			}
		}
		if (best == null) {
			return Optional.empty();
		}
		// what the whole message says clearly stands, unless only its opening says it: "n
		// kidney?" reads alone as a greeting, which "kidney" alone does not
		boolean overrules = this.policy.isConfident(alone) && !alone.intent().equals(best.intent())
				&& (isAnswer(alone.intent())
						|| this.policy.isConfident(fragmentAlone) && alone.intent().equals(fragmentAlone.intent()));
		if (overrules && scoreOf(fragmentAlone, best.intent()) < OVERRULING_SHARE) {
			return Optional.empty();
		}
		return Optional.of(best);
	}

	/**
	 * The candidates whose short answer names a word of the fragment that few answers
	 * name.
	 */
	private Set<String> namedInAnswers(List<String> fragment, Set<String> candidates) {
		Set<String> named = new HashSet<>();
		for (String word : fragment) {
			if (word.length() >= SHORTEST_NAMING_WORD) {
				this.answersByRareWord.getOrDefault(stem(word), Set.of())
					.stream()
					.filter(candidates::contains)
					.forEach(named::add);
			}
		}
		return named;
	}

	private static Map<String, Set<String>> answersByRareWord(Content content, TextNormalizer normalizer) {
		Map<String, Set<String>> answersNaming = new HashMap<>();
		for (Response response : content.responses().values()) {
			if (response.kind() == ResponseKind.ANSWER && response.shortText() != null) {
				for (String word : normalizer.normalize(response.shortText()).tokens()) {
					answersNaming.computeIfAbsent(stem(word), (key) -> new HashSet<>()).add(response.intent());
				}
			}
		}
		answersNaming.values().removeIf((intents) -> intents.size() > MOST_ANSWERS_NAMING_A_WORD);
		return Map.copyOf(answersNaming);
	}

	private static String stem(String word) {
		return (word.length() > STEM_LETTERS) ? word.substring(0, STEM_LETTERS) : word;
	}

	private Set<String> neighbours(String topic) {
		Set<String> near = new LinkedHashSet<>();
		near.add(topic);
		near.addAll(this.content.response(topic).followUps());
		this.content.responses()
			.values()
			.stream()
			.filter((response) -> response.followUps().contains(topic))
			.forEach((response) -> near.add(response.intent()));
		near.removeIf((intent) -> !isAnswer(intent));
		return near;
	}

	private boolean isAnswer(String intent) {
		return this.content.hasIntent(intent) && this.content.response(intent).kind() == ResponseKind.ANSWER;
	}

	/**
	 * How much the fragment alone leans to a candidate, the last topic given its
	 * preference.
	 */
	private static double score(Classification fragmentAlone, String candidate, String topic) {
		return scoreOf(fragmentAlone, candidate) + (candidate.equals(topic) ? TOPIC_PREFERENCE : 0);
	}

	private static double scoreOf(Classification classification, String intent) {
		return classification.ranking()
			.stream()
			.filter((scored) -> scored.intent().equals(intent))
			.mapToDouble(ScoredIntent::score)
			.findFirst()
			.orElse(0);
	}

	/**
	 * The follow-up with the last reply's named subject for its pronoun, where that is
	 * what the pronoun means: "and where is it?" after "what does the liver do?" (the
	 * liver, and where the liver is may be another topic). In a longer question "there"
	 * and "that" are seldom the topic ("is there a chemo that goes to the liver?"), but
	 * an "it" right after the verb is, and only that "it" ("one" in "is it all one lump?"
	 * is no pronoun).
	 */
	private static Optional<List<String>> withNamedSubject(List<String> fragment, List<String> namedSubject) {
		if (namedSubject == null) {
			return Optional.empty();
		}
		if (fragment.size() <= NAMED_SUBJECT_TOKENS && Phrases.hasAnaphor(fragment)) {
			return Optional.of(Phrases.replaceAnaphors(fragment, namedSubject));
		}
		if (fragment.size() <= NAMED_SUBJECT_IT_TOKENS && Phrases.asksOfIt(fragment)) {
			return Optional.of(Phrases.replaceAskedIt(fragment, namedSubject));
		}
		return Optional.empty();
	}

	private Optional<Classification> confident(List<String> tokens) {
		Classification classification = classify(tokens);
		return this.policy.isConfident(classification) ? Optional.of(classification) : Optional.empty();
	}

	private Classification classify(List<String> tokens) {
		return this.classifier.classify(this.normalizer.normalize(String.join(" ", tokens)));
	}

	private static boolean ranksHigh(Classification alone, String intent) {
		return alone.ranking().stream().limit(SUPPORTING_RANKS).anyMatch((scored) -> scored.intent().equals(intent));
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
