package com.livermets.assistant.channel.portal;

import java.time.Clock;
import java.util.Date;

import ca.uhn.fhir.context.FhirContext;
import com.livermets.assistant.chat.ChatProperties;
import com.livermets.assistant.chat.ChatService;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.http.Problems;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.ratelimit.RateLimits;
import com.livermets.assistant.startup.WarmUps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PortalConfiguration.class);

	/**
	 * The FHIR R4 context, warmed for the resources the portal can use on a start-up
	 * thread (usually already done by {@link FhirEarlyWarmUp}) rather than on the first
	 * patient's request.
	 */
	@Bean
	FhirContext fhirContext(WarmUps warmUps, PortalProperties portal,
			ObjectProvider<OAuth2ResourceServerProperties> resourceServer) {
		// without the resource server's settings (a test slice) warm everything
		boolean acceptsTokens = resourceServer.stream()
			.findFirst()
			.map((settings) -> PortalTokens.check(portal, settings.getJwt()))
			.orElse(true);
		warmUps.start("fhir", () -> {
			long started = System.nanoTime();
			FhirModel.warm(acceptsTokens);
			logger.info("FHIR R4 context ready after {} ms more", (System.nanoTime() - started) / 1_000_000);
		});
		return FhirModel.context();
	}

	@Bean
	FhirJson fhirJson(FhirContext fhirContext) {
		return new FhirJson(fhirContext);
	}

	@Bean
	FhirErrorFormat fhirErrorFormat(FhirJson json) {
		return new FhirErrorFormat(json);
	}

	@Bean
	RouterFunction<ServerResponse> portalRoutes(ChatService chat, IdentifierHasher hasher, FhirJson json,
			ChatProperties chatProperties, PortalProperties portalProperties, RateLimits limits, Problems problems,
			Wording wording) {
		int maxLength = chatProperties.maxMessageLength();
		String senderName = wording.text(Wording.Key.SENDER_NAME);
		byte[] capabilities = json.encode(PortalCapabilities.of(portalProperties, maxLength, senderName, new Date()));
		PortalHandler handler = new PortalHandler(chat, hasher, json,
				new ReplyCommunication(Clock.systemUTC(), senderName), capabilities, limits.perSession(), problems);
		return RouterFunctions.route()
			.GET(PortalHandler.METADATA_PATH, handler::metadata)
			.POST(PortalHandler.COMMUNICATION_PATH, handler::create)
			.route(RequestPredicates.path("/fhir/**"), handler::unsupported)
			.build();
	}

}
