package com.livermets.assistant.chat;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.conversation.SessionStore;
import com.livermets.assistant.nlu.IntentClassifier;
import com.livermets.assistant.nlu.TextNormalizer;
import com.livermets.assistant.safety.SafetyTriage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	@Bean
	ChatService chatService(TextNormalizer normalizer, SafetyTriage safety, IntentClassifier classifier,
			Content content, SessionStore sessions, ChatProperties properties, ObjectProvider<TurnObserver> observers) {
		return new ChatService(normalizer, safety, classifier, content, sessions, properties,
				observers.orderedStream().toList());
	}

}
