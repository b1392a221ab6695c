package com.livermets.assistant.chat;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.conversation.ConversationState;
import com.livermets.assistant.conversation.SessionStore;
import com.livermets.assistant.nlu.Classification;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.NormalizedText;
import com.livermets.assistant.nlu.TextNormalizer;
import com.livermets.assistant.safety.SafetyTriage;
import com.livermets.assistant.safety.SafetyVerdict;
import reactor.core.publisher.Mono;

/**
 * The one chat pipeline every channel shares: normalize, safety, classify, choose the reply. Channels only adapt
 * formats around it.
 */
public final class ChatService {

	private static final int MAX_SUGGESTIONS = 3;

	private final TextNormalizer normalizer;

	private final SafetyTriage safety;

	private final IntentClassifier classifier;

	private final Content content;

	private final SessionStore sessions;

	private final ChatProperties properties;

	private final List<TurnObserver> observers;

	public ChatService(TextNormalizer normalizer, SafetyTriage safety, IntentClassifier classifier, Content content,
			SessionStore sessions, ChatProperties properties, List<TurnObserver> observers) {
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
		this.safety = Objects.requireNonNull(safety, "safety");
		this.classifier = Objects.requireNonNull(classifier, "classifier");
		this.content = Objects.requireNonNull(content, "content");
		this.sessions = Objects.requireNonNull(sessions, "sessions");
		this.properties = Objects.requireNonNull(properties, "properties");
		this.observers = List.copyOf(observers);
	}

	/** Answers one turn. The work is CPU-only and sub-millisecond, so it runs on the calling thread. */
	public Mono<ChatReply> reply(ChatTurn turn) {
		return Mono.fromSupplier(() -> replyNow(turn));
	}

	ChatReply replyNow(ChatTurn turn) {
		long started = System.nanoTime();
		ChatReply reply = decide(turn);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		this.observers.forEach((observer) -> observer.onTurn(turn, reply, elapsed));
		return reply;
	}

	private ChatReply decide(ChatTurn turn) {
		ConversationState state = this.sessions.get(turn.sessionKey());
		NormalizedText text = this.normalizer.normalize(turn.message());
		Optional<SafetyVerdict> verdict = this.safety.assess(text);
		ChatReply reply = verdict.isPresent() ? safetyReply(verdict.get()) : answer(this.classifier.classify(text));
		this.sessions.put(turn.sessionKey(), state.next(reply.intent(), List.of()));
		return reply;
	}

	private ChatReply safetyReply(SafetyVerdict verdict) {
		return new ChatReply("safety", 1.0, verdict.triage(), verdict.message(), null, this.properties.escalation(),
				verdict.sources(), List.of(), verdict.rule());
	}

	private ChatReply answer(Classification classification) {
		if (classification.isFallback()) {
			return fallback(classification.confidence());
		}
		Response response = this.content.response(classification.intent());
		return new ChatReply(response.intent(), classification.confidence(), Triage.NONE, response.shortText(),
				response.longText(), this.properties.escalation(), response.sources(), suggestionsFor(response),
				null);
	}

	private ChatReply fallback(double confidence) {
		List<String> suggestions = this.content.hasIntent("capabilities")
				? suggestionsFor(this.content.response("capabilities")) : List.of();
		return new ChatReply(ChatReply.FALLBACK, confidence, Triage.NONE, this.properties.fallback(), null,
				this.properties.escalation(), List.of(), suggestions, null);
	}

	private List<String> suggestionsFor(Response response) {
		return response.followUps()
			.stream()
			.limit(MAX_SUGGESTIONS)
			.map((intent) -> this.content.response(intent).title())
			.toList();
	}

}
