package com.livermets.assistant.channel.web;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import com.livermets.assistant.chat.Channel;
import com.livermets.assistant.chat.ChatService;
import com.livermets.assistant.chat.ChatTurn;
import com.livermets.assistant.chat.Throttle;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.privacy.RandomIds;
import com.livermets.assistant.ratelimit.RateLimiter;
import com.livermets.assistant.ratelimit.RateLimits;
import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** The web JSON channel: the widget's and any integrator's entry to the chat pipeline. */
@RestController
class ChatController {

	private static final Pattern SESSION_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

	private final ChatService chat;

	private final IdentifierHasher hasher;

	private final RateLimits limits;

	private final RandomIds sessionIds = new RandomIds();

	ChatController(ChatService chat, IdentifierHasher hasher, RateLimits limits) {
		this.chat = chat;
		this.hasher = hasher;
		this.limits = limits;
	}

	@PostMapping(path = "/api/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<ChatResponse> chat(@RequestBody ChatRequest request, ServerWebExchange exchange) {
		String message = presentMessage(request.message());
		String sessionId = validSessionId(request.sessionId());
		ChatTurn turn = new ChatTurn(Channel.WEB, this.hasher.hash("web", sessionId), message);
		// The client-address limit was counted by the filter; the conversation's limit is
		// counted here, and neither
		// is asked for a message the safety screen answers.
		Optional<Duration> clientWait = RateLimits.clientWait(exchange);
		RateLimiter limit = clientWait.isPresent() ? this.limits.perClient() : this.limits.perSession();
		Throttle throttle = () -> clientWait.isPresent() ? Mono.just(clientWait) : limit.acquire(turn.sessionKey());
		return this.chat.admit(turn, throttle)
			.map((outcome) -> outcome.render((reply) -> ChatResponse.of(sessionId, reply), (length, max) -> {
				throw new InvalidRequestException("message",
						"'message' has " + length + " characters; at most " + max + " are allowed");
			}, (wait) -> {
				throw limit.exceeded(wait);
			}));
	}

	private static String presentMessage(String message) {
		if (message == null) {
			throw new InvalidRequestException("message", "'message' is required");
		}
		if (message.isBlank()) {
			throw new InvalidRequestException("message", "'message' must not be empty");
		}
		return message;
	}

	private String validSessionId(String sessionId) {
		if (sessionId == null || sessionId.isEmpty()) {
			return this.sessionIds.next();
		}
		if (!SESSION_ID.matcher(sessionId).matches()) {
			throw new InvalidRequestException("sessionId", "'sessionId' must be 1 to 100 letters, digits or . _ : -");
		}
		return sessionId;
	}

}
