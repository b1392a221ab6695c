package com.livermets.assistant.conversation;

import java.util.Objects;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.NormalizedText;
import com.livermets.assistant.nlu.TextNormalizer;

/**
 * Classifies a message in the light of the last topic. "How is that done?" or "and embolization?" say too little
 * alone; when a message reads as such a follow-up (a pronoun, an elliptical opening, a short fragment) and the
 * classifier is unsure of it alone, it is classified again joined with the last topic's question, and that reading
 * is kept only if it is confident. A clear new question is never bent towards the old topic.
 */
public final class ContextualClassifier {

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
		if (topic == null || !this.content.hasIntent(topic) || this.policy.isConfident(alone)
				|| !Phrases.leansOnContext(text.tokens())) {
			return alone;
		}
		String title = this.content.response(topic).title();
		Classification inContext = this.classifier.classify(this.normalizer.normalize(text.text() + " " + title));
		return this.policy.isConfident(inContext) ? inContext : alone;
	}

}
