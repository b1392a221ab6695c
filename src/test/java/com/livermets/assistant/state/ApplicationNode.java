package com.livermets.assistant.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.livermets.assistant.Application;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * One instance of the whole application on a random port, as one replica of a deployment:
 * several can run in one JVM, each with its own context and server.
 */
final class ApplicationNode implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final WebTestClient client;

	private ApplicationNode(ConfigurableApplicationContext context) {
		this.context = context;
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://127.0.0.1:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	static ApplicationNode start(Map<String, String> properties) {
		// As command-line arguments: they win over application.yml (default properties
		// would not, and server.port there is 8080).
		List<String> arguments = new ArrayList<>();
		properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
		arguments.add("--server.port=0");
		return new ApplicationNode(
				new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new)));
	}

	/** The readiness status; the probe must answer 200 whatever it is. */
	static Object readiness(WebTestClient client) {
		Map<?, ?> health = client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Map.class)
			.returnResult()
			.getResponseBody();
		return (health != null) ? health.get("status") : null;
	}

	WebTestClient client() {
		return this.client;
	}

	/** One web chat turn, as the widget sends it. */
	WebTestClient.ResponseSpec chat(String session, String message) {
		return this.client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("sessionId", session, "message", message))
			.exchange();
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
