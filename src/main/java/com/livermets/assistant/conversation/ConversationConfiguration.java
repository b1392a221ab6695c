package com.livermets.assistant.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.answerability.Aspects;
import com.livermets.assistant.answerability.Instructions;
import com.livermets.assistant.content.Content;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.NluProperties;
import com.livermets.assistant.state.RedisState;
import com.livermets.assistant.state.StateProperties;
import com.livermets.assistant.text.TextNormalizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	/** The embedded store, or Redis when {@code assistant.state.store=redis}. */
	@Bean
	ConversationStore conversationStore(StateProperties state, SessionProperties properties,
			ObjectProvider<RedisState> redis, ObjectProvider<Ticker> ticker) {
		if (state.isRedis()) {
			return new RedisConversationStore(redis.getObject(), properties);
		}
		// Tests supply a fake Ticker to expire sessions without waiting.
		return new SessionStore(properties, ticker.getIfAvailable(Ticker::systemTicker));
	}

	@Bean
	ClarificationPolicy clarificationPolicy(ConversationProperties properties, NluProperties nlu) {
		return new ClarificationPolicy(properties, nlu.confidenceThreshold());
	}

	@Bean
	ContextualClassifier contextualClassifier(IntentClassifier classifier, TextNormalizer normalizer, Content content,
			ClarificationPolicy policy) {
		return new ContextualClassifier(classifier, normalizer, content, policy);
	}

	@Bean
	QuestionReader questionReader(ContextualClassifier classifier, ClarificationPolicy policy, Aspects aspects,
			Instructions instructions, Content content, TextNormalizer normalizer) {
		return new QuestionReader(classifier, policy, aspects, instructions, content, normalizer);
	}

	@Bean
	TurnResolver turnResolver(Content content, TextNormalizer normalizer) {
		return new TurnResolver(content, normalizer);
	}

}
