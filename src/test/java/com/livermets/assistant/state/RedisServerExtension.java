package com.livermets.assistant.state;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real {@code redis-server} for tests, without Docker: started on a free port with a
 * temporary directory before the class's tests, stopped after them. It persists with AOF
 * and {@code appendfsync always}, so {@link #stop()} then {@link #start()} (same port,
 * same directory) is a Redis restart that keeps what was written, as production's must.
 * Where redis-server is not installed the tests are skipped, unless {@code CI=true}: CI
 * installs it (.ci/run), so missing it there is a failure.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final RedisServerExtension redis = new RedisServerExtension();
 * </pre>
 */
public final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {

	private static final String BINARY = "redis-server";

	private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

	private Path directory;

	private int port;

	private Process process;

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		if (!installed()) {
			String reason = BINARY + " is not installed (apt-get install redis-server); the Redis tests need it";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(reason);
			}
			Assumptions.abort(reason);
		}
		this.directory = Files.createTempDirectory("redis-test");
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			this.port = socket.getLocalPort();
		}
		start();
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		stop();
		if (this.directory != null) {
			try (var files = Files.walk(this.directory)) {
				files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	public String host() {
		return "127.0.0.1";
	}

	public int port() {
		return this.port;
	}

	/** Starts the server (again), on the same port with the same data. */
	public synchronized void start() throws IOException, InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		List<String> command = new ArrayList<>(List.of(BINARY, "--port", Integer.toString(this.port), "--bind", host(),
				"--dir", this.directory.toString(), "--save", "", "--appendonly", "yes", "--appendfsync", "always",
				"--protected-mode", "no", "--daemonize", "no", "--logfile",
				this.directory.resolve("redis.log").toString()));
		this.process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (!"+PONG".equals(command("PING"))) {
			if (!this.process.isAlive() || System.nanoTime() > deadline) {
				throw new IllegalStateException("redis-server did not start on port " + this.port + ": "
						+ Files.readString(this.directory.resolve("redis.log")));
			}
			Thread.sleep(50);
		}
	}

	/** Stops the server as an operator or a crash would; what it acknowledged is kept. */
	public synchronized void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
			this.process = null;
		}
	}

	/** Forgets everything, between tests. */
	public void flushAll() {
		String reply = command("FLUSHALL");
		if (!"+OK".equals(reply)) {
			throw new IllegalStateException("FLUSHALL failed: " + reply);
		}
	}

	/**
	 * Sends one inline command and returns the first line of the reply, or {@code null}
	 * when the server does not answer.
	 */
	public String command(String inline) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host(), this.port), 500);
			socket.setSoTimeout(2000);
			OutputStream out = socket.getOutputStream();
			out.write((inline + "\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder line = new StringBuilder();
			int c;
			while ((c = in.read()) != -1 && c != '\r') {
				line.append((char) c);
			}
			return line.toString();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static boolean installed() {
		try {
			Process version = new ProcessBuilder(BINARY, "--version").redirectErrorStream(true).start();
			version.getInputStream().readAllBytes();
			return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
