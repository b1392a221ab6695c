package com.livermets.assistant.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.livermets.assistant.state.RedisConnection;
import com.livermets.assistant.state.RedisServerExtension;
import com.livermets.assistant.state.TwoRedisNodes;
import com.livermets.assistant.state.StateUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversation state in a real Redis, seen from two "nodes" (two connections). */
class RedisConversationStoreTests {

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	private static final String SESSION = "web-0123456789abcdef";

	private static final SessionProperties PROPERTIES = new SessionProperties(100, Duration.ofMinutes(30));

	@RegisterExtension
	final TwoRedisNodes nodes = new TwoRedisNodes(redis);

	@Test
	void whatOneNodeSavesTheOtherLoadsWithTheSmsPartsAndNumbers() {
		ConversationState state = ConversationState.NEW.next("ablation", List.of("embolization", "surgery"), true)
			.withPending(new ConversationState.Pending(List.of("part 2", "part 3"), List.of("First?", "Second?")));

		store(this.nodes.a()).save(SESSION, state).block();

		assertThat(store(this.nodes.b()).load(SESSION).block()).isEqualTo(state);
		StepVerifier.create(store(this.nodes.b()).load("web-unknown"))
			.expectNext(ConversationState.NEW)
			.verifyComplete();
	}

	@Test
	void stateExpiresAfterTheIdleExpiryAndEachReadRenewsIt() {
		store(this.nodes.a()).save(SESSION, ConversationState.NEW.next("ablation", List.of(), false)).block();
		String key = "test:conversation:" + SESSION;
		long ttl = Long.parseLong(redis.command("PTTL " + key).substring(1));
		assertThat(ttl).isBetween(Duration.ofMinutes(29).toMillis(), Duration.ofMinutes(30).toMillis());

		redis.command("PEXPIRE " + key + " 60000");
		store(this.nodes.b()).load(SESSION).block();

		assertThat(Long.parseLong(redis.command("PTTL " + key).substring(1)))
			.isGreaterThan(Duration.ofMinutes(29).toMillis());
	}

	@Test
	void updatesFromTwoNodesAtOnceNeverLoseOneAnother() {
		store(this.nodes.a()).save(SESSION, ConversationState.NEW).block();
		int perNode = 25;

		Flux.range(0, perNode * 2)
			.flatMap((i) -> store(((i % 2) == 0) ? this.nodes.a() : this.nodes.b())
				.update(SESSION, (state) -> state.next(null, List.of(), false))
				.subscribeOn(Schedulers.parallel()), 4)
			.blockLast(Duration.ofSeconds(30));

		assertThat(store(this.nodes.a()).load(SESSION).block().turns()).isEqualTo(perNode * 2);
	}

	@Test
	void twoNodesTakingPartsAtOnceNeverTakeTheSamePart() {
		List<String> parts = java.util.stream.IntStream.range(0, 40).mapToObj((i) -> "part " + i).toList();
		store(this.nodes.a())
			.save(SESSION, ConversationState.NEW.withPending(new ConversationState.Pending(parts, List.of())))
			.block();
		Set<String> taken = ConcurrentHashMap.newKeySet();

		Flux.range(0, 40).flatMap((i) -> {
			AtomicReference<String> part = new AtomicReference<>();
			return store(((i % 2) == 0) ? this.nodes.a() : this.nodes.b()).update(SESSION, (state) -> {
				part.set(state.pending().parts().get(0));
				return state.withPending(state.pending().rest());
			}).doOnNext((state) -> assertThat(taken.add(part.get())).as(part.get()).isTrue());
		}, 4).blockLast(Duration.ofSeconds(30));

		assertThat(taken).hasSize(40);
	}

	@Test
	void aNewStateThatStaysNewIsNotStored() {
		store(this.nodes.a()).update(SESSION, (state) -> state).block();

		assertThat(redis.command("EXISTS test:conversation:" + SESSION)).isEqualTo(":0");
	}

	@Test
	void withoutRedisEachCallFailsWithinTheCommandTimeout() throws Exception {
		redis.stop();
		try {
			long started = System.nanoTime();
			StepVerifier.create(store(this.nodes.a()).load(SESSION))
				.expectError(StateUnavailableException.class)
				.verify(Duration.ofSeconds(5));
			StepVerifier.create(store(this.nodes.a()).save(SESSION, ConversationState.NEW))
				.expectError(StateUnavailableException.class)
				.verify(Duration.ofSeconds(5));
			assertThat(Duration.ofNanos(System.nanoTime() - started))
				.isLessThan(RedisConnection.COMMAND_TIMEOUT.multipliedBy(4));
			assertThat(this.nodes.a().state().reachable()).isFalse();
		}
		finally {
			redis.start();
		}
		// Lettuce reconnects by itself.
		StepVerifier
			.create(Mono.defer(() -> store(this.nodes.a()).load(SESSION))
				.retryWhen(reactor.util.retry.Retry.fixedDelay(100, Duration.ofMillis(100))))
			.expectNext(ConversationState.NEW)
			.verifyComplete();
		assertThat(this.nodes.a().state().reachable()).isTrue();
	}

	private static RedisConversationStore store(RedisConnection node) {
		return new RedisConversationStore(node.state(), PROPERTIES);
	}

}
