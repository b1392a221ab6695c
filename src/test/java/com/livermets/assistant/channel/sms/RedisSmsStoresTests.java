package com.livermets.assistant.channel.sms;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Ticker;
import com.livermets.assistant.privacy.IdentifierHasher;
import com.livermets.assistant.state.RedisConnection;
import com.livermets.assistant.state.RedisServerExtension;
import com.livermets.assistant.state.TwoRedisNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Message ids and opt-outs in a real Redis, seen from two "nodes" (two connections), and
 * what each does when Redis is gone.
 */
class RedisSmsStoresTests {

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	private static final String SENDER = "sms-0123456789abcdef";

	private static final IdentifierHasher HASHER = new IdentifierHasher("test-only-hash-key-not-a-secret");

	@TempDir
	Path directory;

	@RegisterExtension
	final TwoRedisNodes nodes = new TwoRedisNodes(redis);

	@Test
	void aMessageIdIsProcessedOnceAcrossNodesAndTheRetryGetsTheSameReply() {
		AtomicInteger processed = new AtomicInteger();
		Sinks.One<SmsReply> slow = Sinks.one();

		Mono<SmsReply> first = once(this.nodes.a()).once("twilio:SM1", () -> {
			processed.incrementAndGet();
			return slow.asMono();
		}).cache();
		first.subscribe();
		await().until(() -> processed.get() == 1);
		String key = "test:sms-message:" + HASHER.hash("sms-message", "twilio:SM1");
		assertThat(ttl(key)).as("a claim without a reply holds briefly").isBetween(1L, 30_000L);
		// A retry on the other node while the first is still being answered waits for it.
		Mono<SmsReply> retry = once(this.nodes.b()).once("twilio:SM1", () -> {
			processed.incrementAndGet();
			return Mono.just(SmsReply.message("processed twice"));
		}).cache();
		retry.subscribe();
		slow.tryEmitValue(SmsReply.message("The answer."));

		assertThat(first.block(Duration.ofSeconds(5))).isEqualTo(SmsReply.message("The answer."));
		assertThat(retry.block(Duration.ofSeconds(5))).isEqualTo(SmsReply.message("The answer."));
		assertThat(once(this.nodes.b()).once("twilio:SM1", () -> Mono.just(SmsReply.message("again")))
			.block(Duration.ofSeconds(5))).isEqualTo(SmsReply.message("The answer."));
		assertThat(processed).hasValue(1);
		assertThat(ttl(key)).as("the reply is kept for the duplicate window").isGreaterThan(3_500_000L);
		assertThat(redis.command("KEYS *SM1*")).as("the message id is hashed in the key").isEqualTo("*0");
	}

	@Test
	void aSilentReplyIsSharedToo() {
		once(this.nodes.a()).once("twilio:SM2", () -> Mono.just(SmsReply.silent())).block();

		assertThat(once(this.nodes.b()).once("twilio:SM2", () -> Mono.just(SmsReply.message("no"))).block())
			.isEqualTo(SmsReply.silent());
	}

	@Test
	void aFailedDeliveryIsForgottenSoItsRetryIsProcessedAfresh() {
		StepVerifier
			.create(once(this.nodes.a()).once("twilio:SM3", () -> Mono.error(new IllegalStateException("boom"))))
			.expectError(IllegalStateException.class)
			.verify(Duration.ofSeconds(5));

		assertThat(once(this.nodes.b()).once("twilio:SM3", () -> Mono.just(SmsReply.message("retried"))).block())
			.isEqualTo(SmsReply.message("retried"));
	}

	@Test
	void withoutRedisMessageIdsAreRememberedOnThisNode() throws Exception {
		RedisProcessedMessages onA = once(this.nodes.a());
		AtomicInteger processed = new AtomicInteger();
		redis.stop();
		try {
			for (int i = 0; i < 2; i++) {
				assertThat(onA.once("twilio:SM4", () -> Mono.fromSupplier(() -> {
					processed.incrementAndGet();
					return SmsReply.message("local");
				})).block(Duration.ofSeconds(5))).isEqualTo(SmsReply.message("local"));
			}
			assertThat(processed).hasValue(1);
		}
		finally {
			redis.start();
		}
	}

	@Test
	void anOptOutOnOneNodeSilencesTheOtherAndAnOptInResumesBoth() {
		RedisOptOuts onA = optOuts(this.nodes.a());
		RedisOptOuts onB = optOuts(this.nodes.b());

		onA.add(SENDER).block();
		assertThat(onB.contains(SENDER).block()).isTrue();
		assertThat(onB.contains("sms-other").block()).isFalse();
		assertThat(redis.command("HEXISTS test:sms:opt-outs " + SENDER)).isEqualTo(":1");

		onB.remove(SENDER).block();
		assertThat(onA.contains(SENDER).block()).isFalse();
	}

	@Test
	void withoutRedisEverySenderCountsAsOptedOutAndAStopIsHeldAndRetriedUntilWritten() throws Exception {
		RedisOptOuts onA = optOuts(this.nodes.a());
		redis.stop();
		try {
			assertThat(onA.contains("sms-never-opted-out").block()).as("fails closed").isTrue();
			onA.add(SENDER).block(Duration.ofSeconds(5));
			assertThat(onA.unsaved()).isEqualTo(1);
			assertThat(onA.failures()).isGreaterThanOrEqualTo(2);
			assertThatThrownBy(() -> onA.remove("sms-other").block(Duration.ofSeconds(5)))
				.isInstanceOf(SuppressionStoreException.class);
		}
		finally {
			redis.start();
		}
		assertThat(onA.contains(SENDER).block()).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> onA.unsaved() == 0);
		assertThat(optOuts(this.nodes.b()).contains(SENDER).block()).isTrue();
	}

	@Test
	void theOptOutsOfAnEmbeddedStoreAreImportedOnceKeepingThoseInRedis() {
		Path file = this.directory.resolve("suppression.mv.db");
		try (SuppressionList embedded = new SuppressionList(file, Clock.systemUTC())) {
			embedded.add("sms-aaaa").then(embedded.add("sms-bbbb")).block();
		}
		RedisOptOuts shared = optOuts(this.nodes.a());
		shared.add("sms-bbbb").block();

		assertThat(SuppressionImport.run(file, shared)).isEqualTo(1);
		assertThat(SuppressionImport.run(file, shared)).as("a second run changes nothing").isZero();

		assertThat(optOuts(this.nodes.b()).contains("sms-aaaa").block()).isTrue();
		assertThat(optOuts(this.nodes.b()).contains("sms-bbbb").block()).isTrue();
		assertThatThrownBy(() -> SuppressionImport.run(this.directory.resolve("missing.mv.db"), shared))
			.hasMessageContaining("assistant.state.redis.import-suppression-file");
	}

	private static long ttl(String key) {
		return Long.parseLong(redis.command("PTTL " + key).substring(1));
	}

	private static RedisProcessedMessages once(RedisConnection node) {
		return new RedisProcessedMessages(node.state(), HASHER, Duration.ofHours(1), Duration.ofSeconds(5),
				new ProcessedMessages(new SmsProperties("", "", false, Path.of("unused"), Duration.ofHours(1), 100),
						Ticker.systemTicker()));
	}

	private static RedisOptOuts optOuts(RedisConnection node) {
		return new RedisOptOuts(node.state(), Clock.systemUTC(), Duration.ofMillis(100));
	}

}
