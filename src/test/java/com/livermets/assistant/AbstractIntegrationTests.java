package com.livermets.assistant;

import java.nio.ByteBuffer;
import java.time.Duration;

import com.livermets.assistant.channel.portal.PortalHostileCases;
import com.livermets.assistant.channel.sms.SmsHostileCases;
import com.livermets.assistant.channel.web.HospitalSite;
import com.livermets.assistant.chat.ChatService;
import com.livermets.assistant.hardening.HostileCase;
import org.junit.jupiter.api.BeforeEach;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The one application context the integration tier shares, so that it starts once per
 * JVM: the real server on a random port (Netty, codecs, filters) with every channel
 * configured, SMS with a signing token, the portal trusting the key of the test portal's
 * tokens, the web API with allow-listed sites (two hospital origins and a local page that
 * embeds the widget). A class that extends this reuses that context; whatever one class
 * needs beyond it lives here too (a spy on the pipeline, a clock that can jump), because
 * a setting, mock or bean of its own would start another context. The few classes that
 * change the whole service's behaviour (rate limits, thresholds, unconfigured SMS)
 * declare their own {@code @SpringBootTest} and say why. The 2-core build machine is
 * shared, so responses get a generous timeout; no test here measures speed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.sms.auth-token=" + SmsHostileCases.TOKEN,
				"assistant.sms.public-url=" + SmsHostileCases.PUBLIC_URL,
				"assistant.portal.authorization-endpoint=https://auth.portal.test/authorize",
				"assistant.portal.token-endpoint=https://auth.portal.test/token",
				// Short, so the slow-client test sees it fire (production default: 30 s).
				"assistant.http.request-timeout=8s" })
@AutoConfigureWebTestClient
@Import(MovableTicker.class)
public abstract class AbstractIntegrationTests {

	/**
	 * Sites that may call the API from their pages; WebCorsIntegrationTests checks these
	 * two.
	 */
	protected static final String HOSPITAL_ORIGINS = "https://www.hospital.example,https://patients.hospital.example:8443";

	@Autowired
	protected WebTestClient client;

	@LocalServerPort
	protected int port;

	/**
	 * The real pipeline, which a test may stub for one case or verify; Mockito resets it
	 * after each test. One spy for every class, so that spying does not cost a context
	 * per class.
	 */
	@MockitoSpyBean
	protected ChatService chat;

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		PortalHostileCases.settings().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("assistant.web.cors.allowed-origins", () -> HOSPITAL_ORIGINS + "," + HospitalSite.origin());
	}

	@BeforeEach
	void allowSlowSharedMachines() {
		this.client = this.client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
	}

	/**
	 * Sends a request byte for byte as described, chunked when asked (no Content-Length).
	 */
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
