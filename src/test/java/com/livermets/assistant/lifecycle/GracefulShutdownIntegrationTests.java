package com.livermets.assistant.lifecycle;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.livermets.assistant.Application;
import com.livermets.assistant.chat.TurnObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A turn in flight when shutdown begins is still answered. A latch holds the turn until
 * the server has started its graceful shutdown, so the order is certain rather than
 * timed.
 */
@ExtendWith(OutputCaptureExtension.class)
class GracefulShutdownIntegrationTests {

	static final CountDownLatch turnStarted = new CountDownLatch(1);

	static final CountDownLatch releaseTurn = new CountDownLatch(1);

	@Configuration(proxyBeanMethods = false)
	static class HeldTurn {

		@Bean
		TurnObserver holdsTheFirstTurn() {
			return (turn, reply, elapsed) -> {
				turnStarted.countDown();
				try {
					releaseTurn.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			};
		}

	}

	@Test
	void anInFlightTurnFinishesDuringShutdown(CapturedOutput output) throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class, HeldTurn.class)
			.run("--server.port=0");
		String port = context.getEnvironment().getProperty("local.server.port");
		CompletableFuture<String> answer = WebClient.create("http://localhost:" + port)
			.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"message\":\"what are liver mets\"}")
			.retrieve()
			.bodyToMono(String.class)
			.timeout(Duration.ofSeconds(60))
			.toFuture();
		CompletableFuture<Void> shutdown;
		try {
			assertThat(turnStarted.await(60, TimeUnit.SECONDS)).as("turn started").isTrue();
			shutdown = CompletableFuture.runAsync(context::close);
			waitFor(output, "Commencing graceful shutdown");
			assertThat(answer).isNotDone();
		}
		finally {
			// the held turn occupies the JVM-wide parallel scheduler
			releaseTurn.countDown();
		}

		assertThat(answer.get(60, TimeUnit.SECONDS)).contains("\"escalation\":\"If you have any concerns");
		shutdown.get(60, TimeUnit.SECONDS);
		assertThat(output).contains("Graceful shutdown complete");
	}

	private static void waitFor(CapturedOutput output, String text) throws InterruptedException {
		for (int i = 0; i < 600 && !output.getOut().contains(text); i++) {
			Thread.sleep(100);
		}
		assertThat(output.getOut()).contains(text);
	}

}
