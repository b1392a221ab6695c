package com.livermets.assistant.state;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two "nodes" (two connections, as two replicas have) to an empty test Redis, for each
 * test of a Redis store:
 *
 * <pre>
 * &#64;RegisterExtension
 * final TwoRedisNodes nodes = new TwoRedisNodes(redis);
 * </pre>
 */
public final class TwoRedisNodes implements BeforeEachCallback, AfterEachCallback {

	private final RedisServerExtension server;

	private RedisConnection a;

	private RedisConnection b;

	public TwoRedisNodes(RedisServerExtension server) {
		this.server = server;
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.server.flushAll();
		this.a = new RedisConnection(this.server);
		this.b = new RedisConnection(this.server);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.a.close();
		this.b.close();
	}

	public RedisConnection a() {
		return this.a;
	}

	public RedisConnection b() {
		return this.b;
	}

}
