package com.livermets.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Classifies a message in the light of the last topic. "How is that done?" or "and embolization?" say too little
 * alone. When a message reads as such a follow-up (a pronoun, an elliptical opening, a short fragment) and the
 * classifier is unsure of it alone, it is rewritten into the question the user most likely meant, using the last
 * topic's question, and a rewrite is kept only if the classifier is confident of it. A clear question is never
 * bent towards the old topic; a question whose only subject is a pronoun is not a clear question, even when the
 * classifier is sure of it alone ("how does this work?" reads, alone, as a question about this chat).
 *
 * <p>
 * The rewrites, tried in order (the last topic's question being, say, "What is ablation?"):
 * <ol>
 * <li>pronouns replaced by the topic's subject: "how is that done" -> "how is ablation done";</li>
 * <li>the topic's question frame with the fragment as subject: "and embolization" -> "what is embolization";</li>
 * <li>the fragment followed by the whole topic question: "what about breast cancer" -> "breast cancer which cancers
 * spread to the liver". This one adds the topic's words wholesale, which can drown the fragment ("what about cost
 * what is ablation" reads as ablation), so it is kept only when the message, or the fragment without its opening,
 * already ranks that intent among its likeliest.</li>
 * </ol>
 */
public final class ContextualClassifier {

	/** How high the fragment alone must rank the intent of a whole-question rewrite. */
	private static final int SUPPORTING_RANKS = 3;

	private final IntentClassifier classifier;

	private final TextNormalizer normalizer;

	private final Content content;

	private final ClarificationPolicy policy;

	public ContextualClassifier(IntentClassifier classifier, TextNormalizer normalizer, Content content,
			ClarificationPolicy policy) {
		this.classifier = Objects.requireNonNull(classifier, "classifier");
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
		this.content = Objects.requireNonNull(content, "content");
		this.policy = Objects.requireNonNull(policy, "policy");
	}

	/**
	 * @param text the normalized message
	 * @param topic the last topic, or {@code null}
	 */
	public Classification classify(NormalizedText text, String topic) {
		Classification alone = this.classifier.classify(text);
		if (topic == null || !this.content.hasIntent(topic)) {
			return alone;
		}
		boolean pronounQuestion = Phrases.isPronounQuestion(text.tokens());
		if (!pronounQuestion && (this.policy.isConfident(alone) || !Phrases.leansOnContext(text.tokens()))) {
			return alone;
		}
		List<String> question = this.normalizer.normalize(this.content.response(topic).title()).tokens();
		List<String> frame = question.subList(0, Phrases.frameLength(question));
		List<String> subject = question.subList(frame.size(), question.size());
		List<String> fragment = Phrases.withoutOpening(text.tokens());
		if (Phrases.hasAnaphor(fragment)) {
			Optional<Classification> rewritten = confident(Phrases.replaceAnaphors(fragment, subject));
			if (rewritten.isPresent()) {
				return rewritten.get();
			}
		}
		if (pronounQuestion && this.policy.isConfident(alone)) {
			// the topic did not make it clearer; what the classifier was sure of stands
			return alone;
		}
		Optional<Classification> reframed = confident(concat(frame, fragment));
		if (reframed.isPresent()) {
			return reframed.get();
		}
		return confident(concat(fragment, question))
			.filter((joined) -> ranksHigh(alone, joined.intent()) || ranksHigh(classify(fragment), joined.intent()))
			.orElse(alone);
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
