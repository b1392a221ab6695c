package com.livermets.assistant.channel.sms;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Routes each gateway's webhook path to the shared SMS conversation. */
final class SmsWebhooks {

	private static final Logger logger = LoggerFactory.getLogger(SmsWebhooks.class);

	private SmsWebhooks() {
	}

	static RouterFunction<ServerResponse> routes(List<SmsGateway> gateways, SmsConversation conversation) {
		RouterFunctions.Builder routes = RouterFunctions.route();
		gateways.forEach(
				(gateway) -> routes.POST(gateway.webhookPath(), (request) -> handle(gateway, conversation, request)));
		return routes.build();
	}

	private static Mono<ServerResponse> handle(SmsGateway gateway, SmsConversation conversation,
			ServerRequest request) {
		return gateway.read(request)
			.flatMap(conversation::respond)
			.flatMap(gateway::answer)
			.onErrorResume(RejectedWebhook.class, (rejected) -> {
				// The reason never holds message text or a number; it helps spot a wrong
				// public URL or token.
				logger.warn("Refused a {} webhook call ({}): {}", gateway.name(), rejected.status().value(),
						rejected.getMessage());
				return ServerResponse.status(rejected.status()).build();
			})
			// The opt-out store failed and already said so: the provider must see a
			// failure, never a silent success.
			.onErrorResume(SuppressionStoreException.class,
					(failed) -> ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE).build());
	}

}
