package com.livermets.assistant;

import java.time.Duration;

import com.livermets.assistant.channel.portal.PortalHostileCases;
import com.livermets.assistant.channel.sms.SmsHostileCases;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Tests against the real server on a random port (Netty, codecs, filters), sharing one cached context with SMS
 * and the portal configured, so hostile SMS and FHIR requests can be signed and reach the parsers. The 2-core
 * build machine is shared, so responses get a generous timeout; no test here measures speed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "assistant.sms.auth-token=" + SmsHostileCases.TOKEN,
				"assistant.sms.public-url=" + SmsHostileCases.PUBLIC_URL })
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

}
