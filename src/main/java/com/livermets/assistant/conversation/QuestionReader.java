package com.livermets.assistant.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.livermets.assistant.answerability.Aspect;
import com.livermets.assistant.answerability.Aspects;
import com.livermets.assistant.answerability.Instructions;
import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ResponseKind;
import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Reads a question (a message that is not a conversation move such as "2" or "start
 * over") into what to do:
 * <ol>
 * <li>an instruction or role-play request gets the off-topic reply, whatever it
 * mentions;</li>
 * <li>two subjects named side by side ("ablation and embolization") get the snippet that
 * names both ({@link NamedTogether});</li>
 * <li>the message is split into its question parts, so a long story is judged by its
 * question and two questions in one message are both answered;</li>
 * <li>the topic is classified ({@link ContextualClassifier},
 * {@link ClarificationPolicy});</li>
 * <li>the aspect asked of the topic is checked ({@link Aspects}): a topic whose snippet
 * does not answer it gets the honest "the page does not say" instead of the snippet.</li>
 * </ol>
 * The safety screen has already run on the whole message before any of this.
 */
public final class QuestionReader {

	private final ContextualClassifier classifier;

	private final ClarificationPolicy policy;

	private final Aspects aspects;

	private final Instructions instructions;

	private final Content content;

	private final TextNormalizer normalizer;

	private final NamedTogether namedTogether;

	public QuestionReader(ContextualClassifier classifier, ClarificationPolicy policy, Aspects aspects,
			Instructions instructions, Content content, TextNormalizer normalizer) {
		this.classifier = Objects.requireNonNull(classifier, "classifier");
		this.policy = Objects.requireNonNull(policy, "policy");
		this.aspects = Objects.requireNonNull(aspects, "aspects");
		this.instructions = Objects.requireNonNull(instructions, "instructions");
		this.content = Objects.requireNonNull(content, "content");
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
		this.namedTogether = new NamedTogether(content, normalizer);
	}

	/**
	 * @param message the message as typed (its punctuation marks where sentences and
	 * questions end)
	 * @param text the message normalized
	 * @param state the conversation so far
	 */
	public Resolution read(String message, NormalizedText text, ConversationState state) {
		if (this.instructions.isInstruction(text)) {
			return Resolution.fallback(1.0);
		}
		// the cheap word scan first: only a message that names two subjects pays for the
		// aspect check, and "which is better, ablation and embolization?" asks what the
		// page does not say, so it is read like any other question
		Optional<Resolution> together = this.namedTogether.read(text);
		if (together.isPresent() && this.aspects.askedIn(text).isEmpty()) {
			return together.get();
		}
		List<String> parts = QuestionParts.parts(message);
		List<NormalizedText> questions = QuestionParts.questions(parts)
			.stream()
			.map(this.normalizer::normalize)
			.filter((question) -> !question.isEmpty())
			.toList();
		if (questions.size() >= 2) {
			Optional<Resolution> two = twoAnswers(questions, state.topic());
			if (two.isPresent()) {
				return two.get();
			}
		}
		Classification whole = this.classifier.classify(text, state.topic());
		if (!this.policy.isConfident(whole) && questions.isEmpty() && !parts.isEmpty()) {
			// "Thank you, dear. She will be most impressed." asks nothing; what it opens
			// with is what it says, and so does "Ta love, I'll mention it Thursday."
			Optional<Classification> opening = QuestionParts.opening(parts)
				.flatMap((clause) -> smallTalk(clause, state.topic()));
			if (opening.isPresent()) {
				return this.policy.choose(opening.get());
			}
		}
		Classification chosen = whole;
		NormalizedText asked = text;
		NormalizedText pointedAt = null;
		if (parts.size() >= 2 && !questions.isEmpty()) {
			// A story with a question in it: the question decides, unless it says too
			// little without the story.
			String bare = QuestionParts.asked(parts, false);
			String statedBefore = QuestionParts.asked(parts, true);
			NormalizedText question = this.normalizer.normalize(bare);
			Classification alone = this.classifier.classify(question, state.topic());
			// "... how common is that?" may need the statement before it to say what
			// "that" is; so does a question that points back and is sure of itself alone
			// only because it names nothing ("Genetic testing of the tumour - what's that
			// for?" reads, alone, as a question about this chat)
			// (a question that does not point back has no statement to take: reading it
			// again would be the same forward pass)
			boolean pointsBack = !bare.equals(statedBefore);
			boolean tookContext = false;
			if (pointsBack) {
				pointedAt = this.normalizer.normalize(statedBefore);
				Classification inContext = this.classifier.classify(pointedAt, state.topic());
				tookContext = this.policy.isConfident(inContext);
				// unsure either way, "is that true?" alone says nothing; with its
				// statement it says what is being asked
				if (tookContext || !this.policy.isConfident(alone)) {
					question = pointedAt;
					alone = inContext;
				}
			}
			// a question that still names nothing does not outvote the whole message
			boolean namesNothing = pointsBack && !tookContext && Phrases.isPronounQuestion(question.tokens());
			if (!namesNothing && (this.policy.isConfident(alone) || !this.policy.isConfident(whole))) {
				asked = question;
				chosen = this.policy.isConfident(alone) ? alone : better(alone, whole);
			}
		}
		Resolution resolution = this.policy.choose(chosen);
		return notCovered(resolution, asked, pointedAt, state).orElse(resolution);
	}

	/**
	 * The answer to a question asked beside a symptom report ("Ron has gone right off his
	 * food. Is there a special diet he should be on?"), when the message asks one and the
	 * page answers it; empty otherwise, and the symptom reply stands alone.
	 */
	public Optional<Resolution> answerBeside(String message, NormalizedText text, ConversationState state) {
		if (QuestionParts.questions(QuestionParts.parts(message)).isEmpty()) {
			return Optional.empty();
		}
		Resolution resolution = read(message, text, state);
		return (resolution.kind() == Resolution.Kind.ANSWER && isAnswer(resolution.intent())) ? Optional.of(resolution)
				: Optional.empty();
	}

	/**
	 * Two parts that each, alone, confidently ask a different thing, at least one of
	 * which the page answers. The other may be something the service says honestly it
	 * cannot do ("could you ring the hospital for me? also, what is hepatic arterial
	 * chemotherapy?"): both are said, the answer first, so the request does not hide the
	 * answer.
	 */
	private Optional<Resolution> twoAnswers(List<NormalizedText> questions, String topic) {
		List<String> answered = new ArrayList<>();
		double confidence = 1.0;
		String context = topic;
		for (int i = 0; i < questions.size(); i++) {
			if (answered.size() + questions.size() - i < 2) {
				// the parts left cannot make two answers, and a part is read only to be
				// one of them: reading it would cost a forward pass and change nothing
				return Optional.empty();
			}
			NormalizedText question = questions.get(i);
			Classification part = this.classifier.classify(question, context);
			if (!this.policy.isConfident(part) || !(isAnswer(part.intent()) || cannotAnswer(part.intent()))) {
				continue;
			}
			context = part.intent();
			if (isAnswer(part.intent()) && this.aspects.gap(question, part.intent()).isPresent()) {
				// one part asks what the page does not say: not two answers; the whole
				// message is read as one
				return Optional.empty();
			}
			boolean repeats = answered.stream().anyMatch((intent) -> sameText(intent, part.intent()));
			if (!repeats) {
				answered.add(part.intent());
				confidence = Math.min(confidence, part.confidence());
			}
		}
		if (answered.size() < 2 || answered.stream().noneMatch(this::isAnswer)) {
			return Optional.empty();
		}
		List<String> answersFirst = answered.stream().sorted(Comparator.comparing(this::cannotAnswer)).toList();
		return Optional.of(Resolution.both(answersFirst.get(0), answersFirst.get(1), confidence));
	}

	/**
	 * The honest reply when the question asks an aspect the topic's snippet does not
	 * answer. The topic is the answer chosen, the likeliest option of a clarification,
	 * or, for a follow-up that names nothing ("does it hurt?"), the last topic.
	 * @param pointedAt the statement and the question that points back to it ("the
	 * oncologist said something about FOLFOX. Does that stuff work?"), or {@code null}
	 */
	private Optional<Resolution> notCovered(Resolution resolution, NormalizedText asked, NormalizedText pointedAt,
			ConversationState state) {
		Optional<Aspect> aspect = this.aspects.askedIn(asked);
		if (aspect.isEmpty() && pointedAt != null) {
			aspect = this.aspects.namedIn(pointedAt);
		}
		if (aspect.isEmpty()) {
			return Optional.empty();
		}
		// a follow-up that asks what the page never says of any topic ("ok and which one
		// is better for colorectal?" after minimally invasive treatments) stays on the
		// conversation's topic, whatever topic its words lean to
		boolean staysOnTopic = aspect.get().general() && state.topic() != null && isAnswer(state.topic())
				&& Phrases.leansOnContext(asked.tokens());
		String topic = switch (resolution.kind()) {
			case ANSWER -> staysOnTopic ? state.topic() : resolution.intent();
			case CLARIFY -> resolution.options().get(0);
			case FALLBACK -> (state.topic() != null && Phrases.leansOnContext(asked.tokens())) ? state.topic() : null;
			default -> null;
		};
		if (topic == null || !isAnswer(topic) || aspect.get().isCoveredFor(topic)) {
			return Optional.empty();
		}
		String gap = this.aspects.reply(aspect.get(), topic);
		if (resolution.kind() == Resolution.Kind.ANSWER && topic.equals(resolution.intent())
				&& this.aspects.asksWhatItIs(asked)) {
			return Optional.of(Resolution.answerAndGap(topic, gap, resolution.confidence()));
		}
		return Optional.of(Resolution.notCovered(topic, gap, resolution.confidence()));
	}

	private boolean isAnswer(String intent) {
		return is(intent, ResponseKind.ANSWER);
	}

	/** The part, when it is confidently small talk ("thanks", "bye"). */
	private Optional<Classification> smallTalk(String part, String topic) {
		NormalizedText text = this.normalizer.normalize(part);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		Classification classification = this.classifier.classify(text, topic);
		boolean smallTalk = this.policy.isConfident(classification)
				&& is(classification.intent(), ResponseKind.SMALLTALK);
		return smallTalk ? Optional.of(classification) : Optional.empty();
	}

	private boolean cannotAnswer(String intent) {
		return is(intent, ResponseKind.CANNOT_ANSWER);
	}

	private boolean is(String intent, ResponseKind kind) {
		return this.content.hasIntent(intent) && this.content.response(intent).kind() == kind;
	}

	/**
	 * Two intents whose replies say the same thing (ablation and embolization share
	 * theirs) count as one.
	 */
	private boolean sameText(String first, String second) {
		return first.equals(second)
				|| this.content.response(first).shortText().equals(this.content.response(second).shortText());
	}

	private static Classification better(Classification first, Classification second) {
		return (first.confidence() >= second.confidence()) ? first : second;
	}

}
