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

import com.livermets.assistant.RunningServerTests;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that hold connections without finishing a request: other people's turns must not wait on them, and a
 * trickled body is cut at {@code assistant.http.request-timeout} (8 s in these tests, 30 s by default).
 */
class SlowClientIntegrationTests extends RunningServerTests {

	/** What "not delayed" means on a shared 2-core build machine; a turn takes milliseconds. */
	private static final long OTHER_USERS_WITHIN_MILLIS = 5_000;

	@LocalServerPort
	private int port;

	@Test
	void aBodySentByteByByteDelaysNobodyElseAndIsCutAtTheRequestTimeout() throws Exception {
		try (Socket slow = new Socket("127.0.0.1", this.port)) {
			slow.setSoTimeout(30_000);
			OutputStream out = slow.getOutputStream();
			String body = "{\"sessionId\":\"slow-1\",\"message\":\"what are liver mets\"}";
			out.write(("POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			out.flush();
			long sentHeaders = System.nanoTime();
			// A byte every 200 ms for 4 s, then nothing: never the whole body.
			CompletableFuture<Void> trickle = CompletableFuture.runAsync(() -> {
				try {
					for (int i = 0; i < 20; i++) {
						out.write(body.charAt(i));
						out.flush();
						Thread.sleep(200);
					}
				}
				catch (IOException | InterruptedException ex) {
					// the server may already have cut the connection
				}
			});

			assertOtherUsersAreAnsweredPromptly("slow-body");
			trickle.get(30, TimeUnit.SECONDS);

			String answer = readAnswerOrClose(slow.getInputStream());
			long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sentHeaders);
			assertThat(answer).as("the unfinished request is refused or closed").matches("(HTTP/1.1 408.*)|(closed)");
			assertThat(waitedMillis).as("cut near the 8 s request timeout").isBetween(7_000L, 20_000L);
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

	private static String readAnswerOrClose(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		try {
			for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
				line.append((char) c);
			}
		}
		catch (SocketException ex) {
			return "closed";
		}
		return line.isEmpty() ? "closed" : line.toString().strip();
	}

}
