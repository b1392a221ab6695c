package com.livermets.assistant.chat;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.conversation.QuestionReader;
import com.livermets.assistant.conversation.ConversationStore;
import com.livermets.assistant.conversation.TurnResolver;
import com.livermets.assistant.safety.SafetyTriage;
import com.livermets.assistant.text.TextNormalizer;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	ChatService chatService(TextNormalizer normalizer, SafetyTriage safety, TurnResolver resolver,
			QuestionReader questions, Content content, ConversationStore sessions, ChatProperties properties,
			Wording wording, ObjectProvider<TurnObserver> observers) {
		return new ChatService(normalizer, safety, resolver, questions, content, sessions, properties, wording,
				observers.orderedStream().toList());
	}

	@Bean
	MeterBinder singleTurnMetrics(ChatService chat) {
		return (registry) -> FunctionCounter.builder("assistant.state.single.turns", chat, ChatService::singleTurns)
			.description("Turns answered without the conversation so far, because the state store failed")
			.register(registry);
	}

	@Bean
	PendingReplies pendingReplies(ConversationStore sessions) {
		return new PendingReplies(sessions);
	}

}
