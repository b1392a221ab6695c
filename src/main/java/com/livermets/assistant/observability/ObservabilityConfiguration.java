package com.livermets.assistant.observability;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.conversation.ConversationStore;
import com.livermets.assistant.conversation.SessionStore;
import com.livermets.assistant.nlu.IntentClassifier;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

	@Bean
	TurnMetrics turnMetrics(MeterRegistry registry, Content content) {
		return new TurnMetrics(registry, content);
	}

	@Bean
	TurnAuditLog turnAuditLog() {
		return new TurnAuditLog();
	}

	@Bean
	MeterBinder pipelineCacheMetrics(IntentClassifier classifier, ConversationStore sessions) {
		return (registry) -> {
			CaffeineCacheMetrics.monitor(registry, classifier.cache(), "nlu-classifications", Tags.empty());
			// Conversations in Redis are Redis's to count.
			if (sessions instanceof SessionStore embedded) {
				CaffeineCacheMetrics.monitor(registry, embedded.cache(), "conversation-sessions", Tags.empty());
			}
		};
	}

}
