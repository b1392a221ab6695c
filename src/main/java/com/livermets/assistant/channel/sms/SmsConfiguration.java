package com.livermets.assistant.channel.sms;

import java.time.Clock;
import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.chat.ChatService;
import com.livermets.assistant.chat.PendingReplies;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.ratelimit.RateLimits;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SmsConfiguration.class);

	@Bean
	TwilioSignature twilioSignature(SmsProperties properties, Environment environment) {
		if (!properties.validateSignature()) {
			logger.warn("SMS webhook signatures are NOT checked (assistant.sms.validate-signature=false): anyone can "
					+ "post to /sms/twilio. Use this only for local development.");
			return TwilioSignature.disabled();
		}
		TwilioSignature signature = TwilioSignature.enforced(TwilioSignature.authToken(properties, environment),
				properties.publicUrl().strip());
		if (!signature.isConfigured()) {
			logger.warn("SMS is not configured: set {}. Until then every call to /sms/twilio is refused with 403.",
					String.join(" and ", signature.missingSettings()));
		}
		return signature;
	}

	@Bean
	TwilioGateway twilioGateway(TwilioSignature signature, IdentifierHasher hasher) {
		return new TwilioGateway(signature, hasher);
	}

	@Bean(destroyMethod = "close")
	SuppressionList smsSuppressionList(SmsProperties properties) {
		return new SuppressionList(properties.suppressionFile(), Clock.systemUTC());
	}

	@Bean
	ProcessedMessages processedSmsMessages(SmsProperties properties, ObjectProvider<Ticker> ticker) {
		return new ProcessedMessages(properties, ticker.getIfAvailable(Ticker::systemTicker));
	}

	@Bean
	SmsConversation smsConversation(ChatService chat, Wording wording, SuppressionList suppressionList,
			PendingReplies pending, ProcessedMessages processed, RateLimits limits) {
		requireOneMessage(wording, Wording.Key.SMS_HELP);
		requireOneMessage(wording, Wording.Key.SMS_RESUMED);
		requireOneMessage(wording, Wording.Key.SMS_THROTTLED);
		return new SmsConversation(chat, wording, suppressionList, pending, processed, limits);
	}

	/**
	 * Every SMS cache is bounded; its size is watched like the others, and so are opt-out
	 * store failures.
	 */
	@Bean
	MeterBinder smsMetrics(ProcessedMessages processed, SuppressionList suppressionList) {
		return (registry) -> {
			CaffeineCacheMetrics.monitor(registry, processed.cache(), "sms-processed-messages", Tags.empty());
			FunctionCounter.builder("assistant.sms.suppression.failures", suppressionList, SuppressionList::failures)
				.description("Opt-out store reads and writes that failed; SMS then fails closed")
				.register(registry);
		};
	}

	@Bean
	RouterFunction<ServerResponse> smsWebhookRoutes(List<SmsGateway> gateways, SmsConversation conversation) {
		return SmsWebhooks.routes(gateways, conversation);
	}

	/** Fixed texts are sent as one message; a longer one would lose its end. */
	private static void requireOneMessage(Wording wording, Wording.Key key) {
		int messages = new SmsComposer().compose(wording.text(key), wording.escalation()).messages().size();
		if (messages > 1) {
			throw new IllegalStateException(wording.where(key) + ": '" + key.fileKey()
					+ "' is too long: with the escalation message it must fit in " + SmsComposer.MAX_SEGMENTS
					+ " SMS segments (306 plain characters)");
		}
	}

}
