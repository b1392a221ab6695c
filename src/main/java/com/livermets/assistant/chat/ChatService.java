package com.livermets.assistant.chat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.ResponseKind;
import com.livermets.assistant.content.SourcePassage;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.conversation.ConversationState;
import com.livermets.assistant.conversation.QuestionReader;
import com.livermets.assistant.conversation.Resolution;
import com.livermets.assistant.conversation.ConversationStore;
import com.livermets.assistant.conversation.TurnResolver;
import com.livermets.assistant.safety.SafetyTriage;
import com.livermets.assistant.safety.SafetyVerdict;
import com.livermets.assistant.safety.Triage;
import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.TextNormalizer;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one chat pipeline every channel shares: safety first (on the whole message, before
 * any length check or rate limit), then normalize, resolve against the conversation so
 * far, classify, choose the reply (answer, clarification or fallback). Channels only
 * adapt formats around it.
 */
public final class ChatService {

	private static final int MAX_SUGGESTIONS = 3;

	private static final String CAPABILITIES = "capabilities";

	private final TextNormalizer normalizer;

	private final SafetyTriage safety;

	private final TurnResolver resolver;

	private final QuestionReader questions;

	private final Content content;

	private final ConversationStore sessions;

	private final LongAdder singleTurns = new LongAdder();

	private final ChatProperties properties;

	private final Wording wording;

	private final List<TurnObserver> observers;

	public ChatService(TextNormalizer normalizer, SafetyTriage safety, TurnResolver resolver, QuestionReader questions,
			Content content, ConversationStore sessions, ChatProperties properties, Wording wording,
			List<TurnObserver> observers) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
		this.safety = Objects.requireNonNull(safety, "safety");
		this.resolver = Objects.requireNonNull(resolver, "resolver");
		this.questions = Objects.requireNonNull(questions, "questions");
		this.content = Objects.requireNonNull(content, "content");
		this.sessions = Objects.requireNonNull(sessions, "sessions");
		this.properties = Objects.requireNonNull(properties, "properties");
		this.wording = Objects.requireNonNull(wording, "wording");
		this.observers = List.copyOf(observers);
	}

	/**
	 * Answers one turn. The work is CPU-only but takes milliseconds (a sentence embedding
	 * per new message), so it runs on the parallel scheduler rather than holding up the
	 * event loop's other connections.
	 */
	public Mono<ChatReply> reply(ChatTurn turn) {
		return assess(turn).flatMap((assessed) -> finish(turn, assessed));
	}

	/**
	 * Admits one message the way every channel must: the safety screen reads all of it
	 * first, whatever its length and however many messages the sender has sent; only a
	 * message it lets through is checked for length, then against the sender's rate
	 * limit, then answered.
	 * @param turn the message as received, of any length up to the request body limit
	 * @param throttle the sender's rate limit, asked only when the safety screen found
	 * nothing
	 */
	public Mono<TurnOutcome> admit(ChatTurn turn, Throttle throttle) {
		Objects.requireNonNull(throttle, "throttle");
		return assess(turn).flatMap((assessed) -> {
			if (assessed.verdict().isPresent()) {
				return finish(turn, assessed).map(TurnOutcome.Answered::new);
			}
			int length = turn.message().codePointCount(0, turn.message().length());
			if (length > this.properties.maxMessageLength()) {
				return Mono.just(new TurnOutcome.TooLong(length, this.properties.maxMessageLength()));
			}
			return throttle.tryAcquire()
				.flatMap((wait) -> wait.isPresent() ? Mono.just(new TurnOutcome.Throttled(wait.get()))
						: finish(turn, assessed).map(TurnOutcome.Answered::new));
		});
	}

	/**
	 * The safety screen alone, for a channel with steps of its own before the pipeline
	 * (SMS: "MORE", HELP, numbered suggestions): a safety reply, recorded in the
	 * conversation, or empty to carry on.
	 */
	public Mono<Optional<ChatReply>> screen(ChatTurn turn) {
		return assess(turn).flatMap((assessed) -> assessed.verdict().isPresent()
				? finish(turn, assessed).map(Optional::of) : Mono.just(Optional.<ChatReply>empty()));
	}

	/** For tests that answer turns one after another, without a scheduler. */
	ChatReply replyNow(ChatTurn turn) {
		return reply(turn).block();
	}

	/** For tests that admit turns one after another, without a scheduler. */
	TurnOutcome admitNow(ChatTurn turn, Throttle throttle) {
		return admit(turn, throttle).block();
	}

	/** The safety screen's verdict, and when the turn began. */
	private record Assessed(Optional<SafetyVerdict> verdict, long started) {
	}

	private Mono<Assessed> assess(ChatTurn turn) {
		return Mono.fromSupplier(() -> {
			long started = System.nanoTime();
			return new Assessed(this.safety.assess(turn.message()), started);
		}).subscribeOn(Schedulers.parallel());
	}

	/**
	 * Loads the conversation, decides the reply on the parallel scheduler, saves what the
	 * turn leaves behind. When the store cannot be read (Redis down or slow) the turn is
	 * answered as the first of a new conversation and nothing is saved, so that a stale
	 * state is never written over a newer one: an answer, and a safety reply above all,
	 * matters more than remembering the conversation.
	 */
	private Mono<ChatReply> finish(ChatTurn turn, Assessed assessed) {
		return this.sessions.load(turn.sessionKey()).map(Optional::of).onErrorResume((ex) -> {
			this.singleTurns.increment();
			return Mono.just(Optional.empty());
		}).publishOn(Schedulers.parallel()).flatMap((loaded) -> {
			Step step = decide(turn, assessed.verdict(), loaded.orElse(ConversationState.NEW));
			Mono<Void> saved = loaded.isPresent() ? this.sessions.save(turn.sessionKey(), step.next())
				.onErrorResume((ex) -> Mono.fromRunnable(this.singleTurns::increment)) : Mono.empty();
			return saved.thenReturn(step.reply());
		}).doOnNext((reply) -> {
			Duration elapsed = Duration.ofNanos(System.nanoTime() - assessed.started());
			this.observers.forEach((observer) -> observer.onTurn(turn, reply, elapsed));
		});
	}

	private Step decide(ChatTurn turn, Optional<SafetyVerdict> verdict, ConversationState state) {
		Step step;
		if (verdict.isPresent()) {
			step = (verdict.get().triage() == Triage.CONTACT_DOCTOR)
					? symptomAndAnswer(turn, verdict.get(), state).orElseGet(() -> safetyReply(state, verdict.get()))
					: safetyReply(state, verdict.get());
		}
		else {
			NormalizedText text = this.normalizer.normalize(turn.message());
			// "2", "neither", "tell me more", "start over" first; everything else is a
			// question to classify.
			Resolution resolution = this.resolver.resolve(state, turn.message(), text)
				.orElseGet(() -> this.questions.read(turn.message(), text, state));
			step = reply(state, resolution);
		}
		return step;
	}

	/** Turns answered without the conversation's state, because the store failed. */
	public long singleTurns() {
		return this.singleTurns.sum();
	}

	/** A reply and the conversation state it leaves behind. */
	private record Step(ChatReply reply, ConversationState next) {
	}

	/**
	 * A symptom report that also asks what the page answers gets both: the "contact your
	 * doctor" reply first, then the answer, with both sets of sources. Only for the
	 * non-urgent level: an emergency or a crisis gets its reply alone.
	 */
	private Optional<Step> symptomAndAnswer(ChatTurn turn, SafetyVerdict verdict, ConversationState state) {
		return this.questions.answerBeside(turn.message(), this.normalizer.normalize(turn.message()), state)
			.map((resolution) -> {
				Response response = this.content.response(resolution.intent());
				List<SourcePassage> sources = Stream.concat(verdict.sources().stream(), response.sources().stream())
					.distinct()
					.toList();
				return answered(state, response, resolution.confidence(), verdict.triage(),
						verdict.message() + TwoAnswers.BETWEEN + response.shortText(), response.longText(), sources,
						verdict.rule());
			});
	}

	/**
	 * Safety wins over any conversation state: an open clarification and the topic are
	 * dropped.
	 */
	private Step safetyReply(ConversationState state, SafetyVerdict verdict) {
		ChatReply reply = new ChatReply(ReplyKind.SAFETY, null, 1.0, verdict.triage(), verdict.message(), null,
				this.wording.escalation(), verdict.sources(), List.of(), verdict.rule());
		return new Step(reply, state.next(null, List.of(), false));
	}

	private Step reply(ConversationState state, Resolution resolution) {
		return switch (resolution.kind()) {
			case ANSWER -> answer(state, resolution.intent(), resolution.confidence());
			case MORE -> more(state, resolution.intent());
			case CLARIFY -> clarify(state, resolution.options(), resolution.confidence());
			case FALLBACK -> offerTopics(state, ReplyKind.FALLBACK, this.wording.text(Wording.Key.FALLBACK),
					resolution.confidence());
			case DECLINED -> offerTopics(state, ReplyKind.FALLBACK, this.wording.text(Wording.Key.DECLINED),
					resolution.confidence());
			// Starting over forgets everything: the next state grows from a new
			// conversation.
			case RESET -> offerTopics(ConversationState.NEW, ReplyKind.RESET, this.wording.text(Wording.Key.RESET),
					resolution.confidence());
			case NOT_COVERED -> notCovered(state, resolution);
			case ANSWER_AND_GAP -> answerAndGap(state, resolution);
			case BOTH -> both(state, resolution);
		};
	}

	/**
	 * Two questions in one message, both answered in one reply; "tell me more" then
	 * refers to the first.
	 */
	private Step both(ConversationState state, Resolution resolution) {
		List<String> intents = resolution.options();
		List<String> next = intents.stream()
			.flatMap((intent) -> this.content.response(intent).followUps().stream())
			.filter((intent) -> !intents.contains(intent))
			.distinct()
			.limit(MAX_SUGGESTIONS)
			.toList();
		ChatReply reply = TwoAnswers.compose(intents.stream().map(this.content::response).toList(),
				resolution.confidence(), this.wording.escalation(), titles(next));
		return new Step(reply, state.next(intents.get(0), next, false));
	}

	/**
	 * Honest, with no sources: the topic's snippet does not answer what was asked, so it
	 * is only offered.
	 */
	private Step notCovered(ConversationState state, Resolution resolution) {
		// only the topic is offered, so that "yes" takes it
		List<String> next = List.of(resolution.intent());
		ChatReply reply = new ChatReply(ReplyKind.NOT_COVERED, null, resolution.confidence(), Triage.NONE,
				resolution.text(), null, this.wording.escalation(), List.of(), titles(next), null);
		return new Step(reply, state.next(resolution.intent(), next, false));
	}

	/**
	 * What the topic is, with the snippet's sources, and beneath it what the page does
	 * not say of it: the sources stand for the snippet only.
	 */
	private Step answerAndGap(ConversationState state, Resolution resolution) {
		Response response = this.content.response(resolution.intent());
		return answered(state, response, resolution.confidence(), Triage.NONE,
				response.shortText() + TwoAnswers.BETWEEN + resolution.text(), null, response.sources(), null);
	}

	private Step answer(ConversationState state, String intent, double confidence) {
		Response response = this.content.response(intent);
		return answered(state, response, confidence, Triage.NONE, response.shortText(), response.longText(),
				response.sources(), null);
	}

	/**
	 * One intent's answer, whatever is said beside its snippet, with its follow-ups
	 * offered; small talk ("thanks") does not change what "tell me more" refers to.
	 */
	private Step answered(ConversationState state, Response response, double confidence, Triage triage, String text,
			String moreText, List<SourcePassage> sources, String safetyRule) {
		List<String> next = nextQuestions(response, state.topic());
		ChatReply reply = new ChatReply(ReplyKind.ANSWER, response.intent(), confidence, triage, text, moreText,
				this.wording.escalation(), sources, titles(next), safetyRule);
		String topic = (response.kind() == ResponseKind.SMALLTALK) ? state.topic() : response.intent();
		return new Step(reply, state.next(topic, next, false));
	}

	private Step more(ConversationState state, String topic) {
		Response response = this.content.response(topic);
		List<String> next = nextQuestions(response, null);
		boolean hasMore = response.longText() != null;
		ChatReply reply = new ChatReply(ReplyKind.ANSWER, topic, 1.0, Triage.NONE,
				hasMore ? response.longText() : this.wording.text(Wording.Key.NO_MORE), null, this.wording.escalation(),
				hasMore ? response.sources() : List.of(), titles(next), null);
		return new Step(reply, state.next(topic, next, false));
	}

	private Step clarify(ConversationState state, List<String> options, double confidence) {
		List<String> titles = titles(options);
		String numbered = IntStream.range(0, titles.size())
			.mapToObj((i) -> (i + 1) + ". " + titles.get(i))
			.collect(Collectors.joining("\n"));
		String text = this.wording.text(Wording.Key.CLARIFY) + "\n" + numbered + "\n"
				+ this.wording.text(Wording.Key.CLARIFY_REPLY);
		ChatReply reply = new ChatReply(ReplyKind.CLARIFY, null, confidence, Triage.NONE, text, null,
				this.wording.escalation(), List.of(), titles, null);
		// with nothing said before, a follow-up ("and where is it?") means the likeliest
		// option offered
		String topic = (state.topic() != null || options.isEmpty()) ? state.topic() : options.get(0);
		return new Step(reply, state.next(topic, options, true));
	}

	/**
	 * A reply that is not an answer: it clears the topic and offers the service's main
	 * topics instead.
	 */
	private Step offerTopics(ConversationState state, ReplyKind kind, String text, double confidence) {
		List<String> next = this.content.hasIntent(CAPABILITIES)
				? this.content.response(CAPABILITIES).followUps().stream().limit(MAX_SUGGESTIONS).toList() : List.of();
		ChatReply reply = new ChatReply(kind, null, confidence, Triage.NONE, text, null, this.wording.escalation(),
				List.of(), titles(next), null);
		return new Step(reply, state.next(null, next, false));
	}

	/**
	 * The response's follow-ups, without the topic the user just came from (when others
	 * remain); responses without follow-ups offer the service's main topics.
	 */
	private List<String> nextQuestions(Response response, String previousTopic) {
		List<String> followUps = response.followUps();
		if (followUps.isEmpty() && this.content.hasIntent(CAPABILITIES)) {
			followUps = this.content.response(CAPABILITIES).followUps();
		}
		List<String> fresh = followUps.stream()
			.filter((intent) -> !intent.equals(previousTopic) && !intent.equals(response.intent()))
			.toList();
		return (fresh.isEmpty() ? followUps : fresh).stream().limit(MAX_SUGGESTIONS).toList();
	}

	private List<String> titles(List<String> intents) {
		return intents.stream().map((intent) -> this.content.response(intent).title()).toList();
	}

}
