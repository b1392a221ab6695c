package com.livermets.assistant.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.livermets.assistant.AbstractIntegrationTests;
import com.livermets.assistant.channel.portal.PortalHostileCases;
import com.livermets.assistant.hardening.HostileCase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that hold connections without finishing a request: other people's turns must
 * not wait on them, and a trickled body is cut at {@code assistant.http.request-timeout}
 * (8 s in these tests, 30 s by default) with a 408 in the channel's own error format.
 */
class SlowClientIntegrationTests extends AbstractIntegrationTests {

	/**
	 * What "not delayed" means on a shared 2-core build machine; a turn takes
	 * milliseconds.
	 */
	private static final long OTHER_USERS_WITHIN_MILLIS = 5_000;

	@LocalServerPort
	private int port;

	@Test
	void aChatBodySentByteByByteDelaysNobodyElseAndIsCutAtTheRequestTimeoutWith408() throws Exception {
		String body = "{\"sessionId\":\"slow-1\",\"message\":\"what are liver mets\"}";
		String answer = trickle("/api/chat", Map.of("Content-Type", "application/json"),
				body.getBytes(StandardCharsets.UTF_8));
		assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json");
	}

	@Test
	void aPortalBodySentByteByByteIsCutWithAnOperationOutcome() throws Exception {
		HostileCase message = PortalHostileCases.messageFrom("slow-patient", "what are liver mets");
		String answer = trickle(message.path(), message.headers(), message.body());
		assertThat(answer).startsWith("HTTP/1.1 408").contains("application/fhir+json").contains("OperationOutcome");
	}

	/**
	 * Sends the headers and then the body a byte every 200 ms for 4 s, never all of it,
	 * while other users are served; returns the answer (status line, headers and body as
	 * text).
	 */
	private String trickle(String path, Map<String, String> headers, byte[] body) throws Exception {
		try (Socket slow = new Socket("127.0.0.1", this.port)) {
			slow.setSoTimeout(30_000);
			OutputStream out = slow.getOutputStream();
			StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
			headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
			head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			long sentHeaders = System.nanoTime();
			CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
				try {
					for (int i = 0; i < 20; i++) {
						out.write(body[i]);
						out.flush();
						Thread.sleep(200);
					}
				}
				catch (IOException | InterruptedException ex) {
					// the server may already have cut the connection
				}
			});

			assertOtherUsersAreAnsweredPromptly("slow-body-" + path.hashCode());
			trickle.get(30, TimeUnit.SECONDS);

			String answer = readAnswer(slow.getInputStream());
			long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentHeaders);
			assertThat(waitedMillis).as("cut near the 8 s request timeout").isBetween(7_000L, 20_000L);
			return answer;
		}
	}

	@Test
	void fiveHundredConnectionsThatSendNothingDelayNobodyElse() throws Exception {
		List<Socket> silent = new ArrayList<>();
		try {
			for (int i = 0; i < 500; i++) {
				silent.add(new Socket("127.0.0.1", this.port));
			}
			assertOtherUsersAreAnsweredPromptly("silent-500");
			int open = 0;
			for (Socket socket : silent) {
				open += socket.isClosed() ? 0 : 1;
			}
			assertThat(open).as("the silent connections were accepted, not refused").isEqualTo(500);
		}
		finally {
			for (Socket socket : silent) {
				socket.close();
			}
		}
	}

	private void assertOtherUsersAreAnsweredPromptly(String name) throws IOException {
		try (KeepAliveConnection other = new KeepAliveConnection(this.port, (int) OTHER_USERS_WITHIN_MILLIS)) {
			for (int i = 0; i < 20; i++) {
				long start = System.nanoTime();
				KeepAliveConnection.Answer answer = other.send("POST", "/api/chat",
						Map.of("Content-Type", "application/json"),
						("{\"sessionId\":\"" + name + "-" + i + "\",\"message\":\"how are liver mets treated " + i
								+ "\"}")
							.getBytes(StandardCharsets.UTF_8));
				assertThat(answer.status()).isEqualTo(200);
				assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("turn %d", i)
					.isLessThan(OTHER_USERS_WITHIN_MILLIS);
				assertThat(other.get("/actuator/health/readiness").status()).isEqualTo(200);
			}
		}
	}

	/**
	 * Everything the server sends until it closes the connection or goes quiet for a
	 * second.
	 */
	private static String readAnswer(InputStream in) throws IOException {
		StringBuilder answer = new StringBuilder();
		try {
			for (int c = in.read(); c != -1; c = in.read()) {
				answer.append((char) c);
				if (answer.indexOf("\r\n\r\n") > 0 && in.available() == 0) {
					Thread.sleep(1000);
					if (in.available() == 0) {
						break;
					}
				}
			}
		}
		catch (SocketException ex) {
			// closed by the server: what arrived is the answer
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return answer.toString();
	}

}
