package com.livermets.assistant.chat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.conversation.ConversationState;
import com.livermets.assistant.conversation.SessionProperties;
import com.livermets.assistant.conversation.SessionStore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a channel holds of the last reply, kept in the conversation state beside its
 * topic.
 */
class PendingRepliesTests {

	private static final String SESSION = "sms-0123456789abcdef";

	private final SessionStore sessions = new SessionStore(new SessionProperties(100, Duration.ofMinutes(30)),
			Ticker.systemTicker());

	private final PendingReplies pending = new PendingReplies(this.sessions);

	@Test
	void moreTakesThePartsInOrderAndTheNumbersStay() {
		this.pending.hold(SESSION, List.of("part 2", "part 3"), List.of("First?", "Second?")).block();

		assertThat(this.pending.next(SESSION).block()).hasValue("part 2");
		assertThat(this.pending.next(SESSION).block()).hasValue("part 3");
		assertThat(this.pending.next(SESSION).block()).isEmpty();
		assertThat(this.pending.option(SESSION, " 2 ").block()).hasValue("Second?");
		assertThat(this.pending.option(SESSION, "3").block()).isEmpty();
		assertThat(this.pending.option(SESSION, "12").block()).isEmpty();
		assertThat(this.pending.option(SESSION, "0").block()).isEmpty();
	}

	@Test
	void holdingKeepsTheRestOfTheConversation() {
		this.sessions.put(SESSION, ConversationState.NEW.next("ablation", List.of("embolization"), false));

		this.pending.hold(SESSION, List.of("part 2"), List.of("Embolization?")).block();

		ConversationState state = this.sessions.get(SESSION);
		assertThat(state.topic()).isEqualTo("ablation");
		assertThat(state.offered()).containsExactly("embolization");
		assertThat(state.turns()).isEqualTo(1);
		assertThat(state.pending().parts()).containsExactly("part 2");
	}

	@Test
	void theNextReplyOfThePipelineStartsAfresh() {
		this.pending.hold(SESSION, List.of("part 2"), List.of("First?")).block();

		this.sessions.put(SESSION, this.sessions.get(SESSION).next("ablation", List.of(), false));

		assertThat(this.pending.next(SESSION).block()).isEmpty();
		assertThat(this.pending.option(SESSION, "1").block()).isEmpty();
	}

	@Test
	void droppingForgetsThePartsAndTheNumbersOnly() {
		this.sessions.put(SESSION, ConversationState.NEW.next("ablation", List.of(), false));
		this.pending.hold(SESSION, List.of("part 2"), List.of("First?")).block();

		this.pending.drop(SESSION).block();

		assertThat(this.pending.next(SESSION).block()).isEmpty();
		assertThat(this.pending.option(SESSION, "1").block()).isEmpty();
		assertThat(this.sessions.get(SESSION).topic()).isEqualTo("ablation");
	}

	@Test
	void nothingToHoldForANewSessionStoresNothing() {
		this.pending.hold(SESSION, List.of(), List.of()).block();
		this.pending.next(SESSION).block();
		this.pending.drop(SESSION).block();

		assertThat(this.sessions.cache().estimatedSize()).isZero();
	}

	@Test
	void twoQuickMoresNeverGetTheSamePart() throws InterruptedException {
		List<String> parts = IntStream.range(0, 200).mapToObj((i) -> "part " + i).toList();
		this.pending.hold(SESSION, parts, List.of()).block();
		ConcurrentLinkedQueue<String> taken = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(4);
		for (int i = 0; i < 4; i++) {
			threads.execute(() -> {
				awaitQuietly(start);
				for (int n = 0; n < 60; n++) {
					this.pending.next(SESSION).block().ifPresent(taken::add);
				}
			});
		}
		start.countDown();
		threads.shutdown();
		assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		assertThat(taken).hasSize(200).doesNotHaveDuplicates();
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
