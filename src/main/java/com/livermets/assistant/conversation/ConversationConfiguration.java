package com.livermets.assistant.conversation;

import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	@Bean
	SessionStore sessionStore(SessionProperties properties, ObjectProvider<Ticker> ticker) {
		// Tests supply a fake Ticker to expire sessions without waiting.
		return new SessionStore(properties, ticker.getIfAvailable(Ticker::systemTicker));
	}

}
