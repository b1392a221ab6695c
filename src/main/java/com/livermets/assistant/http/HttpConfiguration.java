package com.livermets.assistant.http;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;

@Configuration(proxyBeanMethods = false)
class HttpConfiguration {

	@Bean
	SecurityHeadersFilter securityHeadersFilter(HttpProperties properties) {
		return new SecurityHeadersFilter(properties);
	}

	@Bean
	RequestSizeLimitFilter requestSizeLimitFilter(HttpProperties properties) {
		return new RequestSizeLimitFilter(properties);
	}

	@Bean
	PipelinedReadResumer pipelinedReadResumer() {
		return new PipelinedReadResumer();
	}

	@Bean
	RequestTimeoutFilter requestTimeoutFilter() {
		return new RequestTimeoutFilter();
	}

	/**
	 * Spring Boot sets no limit on how long a request body may trickle in; this bounds
	 * it.
	 */
	@Bean
	NettyServerCustomizer requestTimeout(HttpProperties properties) {
		return (server) -> server.requestTimeout(properties.requestTimeout());
	}

	@Bean
	ProblemExceptionHandler problemExceptionHandler(ServerCodecConfigurer codecs,
			ObjectProvider<ChannelErrorFormat> channelFormats, Problems problems) {
		return new ProblemExceptionHandler(codecs, channelFormats.orderedStream().toList(), problems);
	}

	@Bean
	RejectedRequestProblems rejectedRequestProblems(ProblemExceptionHandler problems) {
		return new RejectedRequestProblems(problems);
	}

}
