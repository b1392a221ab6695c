package com.livermets.assistant.channel.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/**
 * A hospital's site on another origin that embeds the widget, for the browser tests. It
 * starts with the first shared integration context, which must know its origin to allow
 * it, and lives as long as the JVM; the page it serves is whatever a test set last.
 */
public final class HospitalSite {

	private static HttpServer server;

	private static volatile String page = "";

	private HospitalSite() {
	}

	/**
	 * The site's origin, {@code http://127.0.0.1:<port>}; starts the site on first use.
	 */
	public static synchronized String origin() {
		if (server == null) {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			server.createContext("/", (exchange) -> {
				byte[] body = page.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
		}
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	static int port() {
		origin();
		return server.getAddress().getPort();
	}

	static void serve(String html) {
		page = html;
	}

}
