package com.livermets.assistant.chat;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.Wording;
import com.livermets.assistant.conversation.QuestionReader;
import com.livermets.assistant.conversation.SessionStore;
import com.livermets.assistant.conversation.TurnResolver;
import com.livermets.assistant.safety.SafetyTriage;
import com.livermets.assistant.text.TextNormalizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	ChatService chatService(TextNormalizer normalizer, SafetyTriage safety, TurnResolver resolver,
			QuestionReader questions, Content content, SessionStore sessions, ChatProperties properties,
			Wording wording, ObjectProvider<TurnObserver> observers) {
		return new ChatService(normalizer, safety, resolver, questions, content, sessions, properties, wording,
				observers.orderedStream().toList());
	}

	@Bean
	PendingReplies pendingReplies(SessionStore sessions) {
		return new PendingReplies(sessions);
	}

}
