package com.livermets.assistant.lifecycle;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.livermets.assistant.Application;
import com.livermets.assistant.chat.TurnObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import reactor.core.publisher.Mono;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.WebFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shutdown while many turns are in flight: every accepted turn is answered, and a request
 * that arrives after shutdown began is refused at once (the port is closed), never left
 * hanging or answered with a 5xx. Latches, not sleeps, order the steps: all turns are
 * inside the server before shutdown starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShutdownUnderLoadIntegrationTests {

	static final int IN_FLIGHT = 12;

	static final CountDownLatch received = new CountDownLatch(IN_FLIGHT);

	static final CountDownLatch releaseTurns = new CountDownLatch(1);

	@Configuration(proxyBeanMethods = false)
	static class HeldTurns {

		/** Counts chat requests as they enter the server, before any turn work. */
		@Bean
		WebFilter countsChatRequests() {
			return new CountingFilter();
		}

		@Bean
		TurnObserver holdsEveryTurnUntilReleased() {
			return (turn, reply, elapsed) -> {
				try {
					releaseTurns.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			};
		}

	}

	static final class CountingFilter implements WebFilter, Ordered {

		@Override
		public Mono<Void> filter(org.springframework.web.server.ServerWebExchange exchange,
				org.springframework.web.server.WebFilterChain chain) {
			if (exchange.getRequest().getPath().value().equals("/api/chat")) {
				received.countDown();
			}
			return chain.filter(exchange);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

	@Test
	void inFlightTurnsFinishAndNewOnesAreRefusedCleanly(CapturedOutput output) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, HeldTurns.class).run(
				"--server.port=0",
				"--assistant.sms.suppression-file=target/test-data/shutdown-" + System.nanoTime() + ".mv.db");
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		WebClient client = WebClient.create(base);
		List<CompletableFuture<String>> answers = new ArrayList<>();
		for (int i = 0; i < IN_FLIGHT; i++) {
			answers.add(chat(client, "shutdown-" + i, "what are liver mets, question " + i));
		}
		assertThat(received.await(60, TimeUnit.SECONDS)).as("all turns reached the server").isTrue();

		CompletableFuture<Void> shutdown = CompletableFuture.runAsync(context::close);
		try {
			waitFor(output, "Commencing graceful shutdown");
			// The listener closes just after that line is logged: a connection in between
			// is accepted and then closed. The port must close promptly while every turn
			// is still held.
			int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
			assertThat(portClosesWithin(port, Duration.ofSeconds(5))).as("port closed").isTrue();

			// A newcomer on a new connection is refused at once rather than queued behind
			// the shutdown.
			long start = System.nanoTime();
			CompletableFuture<String> late = chat(WebClient.create(base), "late", "what are liver mets");
			Throwable refusal = late.handle((body, error) -> error).get(10, TimeUnit.SECONDS);
			assertThat(refusal).as("refused").isNotNull();
			assertThat(rootCause(refusal)).isInstanceOf(ConnectException.class);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			answers.forEach((answer) -> assertThat(answer).isNotDone());
		}
		finally {
			// Held turns occupy the JVM-wide parallel scheduler: never leave them
			// held for the test classes that run next.
			releaseTurns.countDown();
		}
		for (CompletableFuture<String> answer : answers) {
			assertThat(answer.get(60, TimeUnit.SECONDS)).contains("\"escalation\":\"If you have any concerns");
		}
		shutdown.get(60, TimeUnit.SECONDS);
		assertThat(output).contains("Graceful shutdown complete");
	}

	private static boolean portClosesWithin(int port, Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			}
			catch (IOException refused) {
				return true;
			}
			Thread.sleep(20);
		}
		return false;
	}

	private static CompletableFuture<String> chat(WebClient client, String session, String message) {
		return client.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"sessionId\":\"" + session + "\",\"message\":\"" + message + "\"}")
			.retrieve()
			.bodyToMono(String.class)
			.timeout(Duration.ofSeconds(90))
			.toFuture();
	}

	private static Throwable rootCause(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static void waitFor(CapturedOutput output, String text) throws InterruptedException {
		for (int i = 0; i < 600 && !output.getOut().contains(text); i++) {
			Thread.sleep(100);
		}
		assertThat(output.getOut()).contains(text);
	}

}
