package com.livermets.assistant;

import java.nio.ByteBuffer;
import java.time.Duration;

import com.livermets.assistant.channel.portal.PortalHostileCases;
import com.livermets.assistant.channel.sms.SmsHostileCases;
import com.livermets.assistant.hardening.HostileCase;
import org.junit.jupiter.api.BeforeEach;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tests against the real server on a random port (Netty, codecs, filters), sharing one cached context with SMS
 * and the portal configured, so hostile SMS and FHIR requests can be signed and reach the parsers. The 2-core
 * build machine is shared, so responses get a generous timeout; no test here measures speed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.sms.auth-token=" + SmsHostileCases.TOKEN,
				"assistant.sms.public-url=" + SmsHostileCases.PUBLIC_URL,
				// Short, so the slow-client test sees it fire (production default: 30 s).
				"assistant.http.request-timeout=8s" })
@AutoConfigureWebTestClient
public abstract class RunningServerTests {

	@Autowired
	protected WebTestClient client;

	@DynamicPropertySource
	static void portal(DynamicPropertyRegistry registry) {
		PortalHostileCases.settings().forEach((key, value) -> registry.add(key, () -> value));
	}

	@BeforeEach
	void allowSlowSharedMachines() {
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	/** Sends a request byte for byte as described, chunked when asked (no Content-Length). */
	protected EntityExchangeResult<byte[]> exchange(HostileCase request) {
		WebTestClient.RequestBodySpec spec = this.client.method(request.method())
			.uri(request.path())
			.headers((headers) -> request.headers().forEach(headers::set));
		WebTestClient.RequestHeadersSpec<?> ready = spec;
		byte[] body = request.body();
		if (body != null && request.chunked()) {
			Flux<DataBuffer> chunks = Flux.range(0, (body.length + 8191) / 8192)
				.map((i) -> DefaultDataBufferFactory.sharedInstance
					.wrap(ByteBuffer.wrap(body, i * 8192, Math.min(8192, body.length - i * 8192)).slice()));
			ready = spec.body(chunks, DataBuffer.class);
		}
		else if (body != null) {
			ready = spec.bodyValue(body);
		}
		return ready.exchange().expectBody(byte[].class).returnResult();
	}

}
