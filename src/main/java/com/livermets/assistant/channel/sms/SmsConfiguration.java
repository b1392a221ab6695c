package com.livermets.assistant.channel.sms;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.chat.ChatService;
import com.livermets.assistant.chat.PendingReplies;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.ratelimit.RateLimits;
import com.livermets.assistant.state.RedisState;
import com.livermets.assistant.state.StateProperties;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
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

	/**
	 * How long a retried delivery waits for the first one's reply on another node; within
	 * the provider's 15 s webhook timeout.
	 */
	private static final Duration RETRY_WAIT = Duration.ofSeconds(10);

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

	/**
	 * The MVStore file for the embedded store; with Redis every node shares one list, and
	 * an existing file can be imported once
	 * ({@code assistant.state.redis.import-suppression-file}).
	 */
	@Bean
	OptOuts smsOptOuts(SmsProperties properties, StateProperties state, ObjectProvider<RedisState> redis) {
		if (!state.isRedis()) {
			return new SuppressionList(properties.suppressionFile(), Clock.systemUTC());
		}
		RedisOptOuts optOuts = new RedisOptOuts(redis.getObject(), Clock.systemUTC(), state.redis().optOutRetry());
		Path file = state.redis().importSuppressionFile();
		if (file != null) {
			SuppressionImport.run(file, optOuts);
		}
		return optOuts;
	}

	@Bean
	OncePerMessage processedSmsMessages(SmsProperties properties, ObjectProvider<Ticker> ticker, StateProperties state,
			ObjectProvider<RedisState> redis, IdentifierHasher hasher) {
		ProcessedMessages local = new ProcessedMessages(properties, ticker.getIfAvailable(Ticker::systemTicker));
		if (!state.isRedis()) {
			return local;
		}
		return new RedisProcessedMessages(redis.getObject(), hasher, properties.duplicateWindow(), RETRY_WAIT, local);
	}

	@Bean
	SmsConversation smsConversation(ChatService chat, Wording wording, OptOuts optOuts, PendingReplies pending,
			OncePerMessage processed, RateLimits limits) {
		requireOneMessage(wording, Wording.Key.SMS_HELP);
		requireOneMessage(wording, Wording.Key.SMS_RESUMED);
		requireOneMessage(wording, Wording.Key.SMS_THROTTLED);
		return new SmsConversation(chat, wording, optOuts, pending, processed, limits);
	}

	/**
	 * Every SMS cache is bounded; its size is watched like the others, and so are opt-out
	 * store failures.
	 */
	@Bean
	MeterBinder smsMetrics(OncePerMessage processed, OptOuts optOuts) {
		return (registry) -> {
			if (processed instanceof ProcessedMessages local) {
				CaffeineCacheMetrics.monitor(registry, local.cache(), "sms-processed-messages", Tags.empty());
			}
			if (optOuts instanceof SuppressionList file) {
				FunctionCounter.builder("assistant.sms.suppression.failures", file, SuppressionList::failures)
					.description("Opt-out store reads and writes that failed; SMS then fails closed")
					.register(registry);
			}
			if (optOuts instanceof RedisOptOuts shared) {
				FunctionCounter.builder("assistant.sms.suppression.failures", shared, RedisOptOuts::failures)
					.description("Opt-out store reads and writes that failed; SMS then fails closed")
					.register(registry);
				Gauge.builder("assistant.sms.suppression.unsaved", shared, RedisOptOuts::unsaved)
					.description("Opt-outs honoured on this node that Redis does not hold yet; retried until it does")
					.register(registry);
			}
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
