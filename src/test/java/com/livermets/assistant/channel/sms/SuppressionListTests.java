package com.livermets.assistant.channel.sms;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SuppressionListTests {

	@TempDir
	Path directory;

	@Test
	void anOptOutSurvivesARestart() {
		Path file = this.directory.resolve("nested/suppression.mv.db");
		try (SuppressionList list = new SuppressionList(file, Clock.systemUTC())) {
			list.add("sms-aaaa").block();
			list.add("sms-bbbb").block();
		}
		try (SuppressionList reopened = new SuppressionList(file, Clock.systemUTC())) {
			StepVerifier.create(reopened.contains("sms-aaaa")).expectNext(true).verifyComplete();
			StepVerifier.create(reopened.contains("sms-bbbb")).expectNext(true).verifyComplete();
			StepVerifier.create(reopened.contains("sms-cccc")).expectNext(false).verifyComplete();
		}
	}

	@Test
	void anOptInSurvivesARestart() {
		Path file = this.directory.resolve("suppression.mv.db");
		try (SuppressionList list = new SuppressionList(file, Clock.systemUTC())) {
			list.add("sms-aaaa").then(list.remove("sms-aaaa")).block();
		}
		try (SuppressionList reopened = new SuppressionList(file, Clock.systemUTC())) {
			StepVerifier.create(reopened.contains("sms-aaaa")).expectNext(false).verifyComplete();
		}
	}

	@Test
	void diskWorkRunsOffTheCallingThread() {
		try (SuppressionList list = new SuppressionList(this.directory.resolve("s.mv.db"), Clock.systemUTC())) {
			String thread = list.add("sms-aaaa")
				.then(reactor.core.publisher.Mono.fromCallable(() -> Thread.currentThread().getName()))
				.block();
			assertThat(thread).startsWith("boundedElastic");
		}
	}

	@Test
	void anOptOutThatCouldNotBeWrittenIsHonouredAndReachesTheDiskBeforeAnOptIn() throws Exception {
		Path file = this.directory.resolve("s.mv.db");
		try (SuppressionList list = new SuppressionList(file, Clock.systemUTC())) {
			Path aside = java.nio.file.Files.move(file, this.directory.resolve("aside.mv.db"));
			StepVerifier.create(list.add("sms-aaaa")).verifyError(SuppressionStoreException.class);
			StepVerifier.create(list.contains("sms-aaaa")).expectNext(true).verifyComplete();
			StepVerifier.create(list.remove("sms-aaaa")).verifyError(SuppressionStoreException.class);
			StepVerifier.create(list.contains("sms-aaaa")).as("still opted out").expectNext(true).verifyComplete();

			java.nio.file.Files.move(aside, file);
			StepVerifier.create(list.remove("sms-aaaa")).verifyComplete();
			StepVerifier.create(list.contains("sms-aaaa")).expectNext(false).verifyComplete();
			assertThat(list.failures()).isEqualTo(2);
		}
	}

	@Test
	void aDirectoryThatCannotBeCreatedStopsStartupWithAMessageNamingTheSetting() throws Exception {
		// Root may write anywhere, so "unwritable" is a path whose parent is a plain
		// file.
		Path notADirectory = java.nio.file.Files.writeString(this.directory.resolve("data"), "a file");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SuppressionList(notADirectory.resolve("sms.mv.db"), Clock.systemUTC()))
			.withMessageContaining("assistant.sms.suppression-file")
			.withMessageContaining(notADirectory.toString());
	}

	@Test
	void aFileInUseStopsStartupWithAMessageNamingTheSetting() {
		Path file = this.directory.resolve("locked.mv.db");
		try (SuppressionList first = new SuppressionList(file, Clock.systemUTC())) {
			assertThatIllegalStateException().isThrownBy(() -> new SuppressionList(file, Clock.systemUTC()))
				.withMessageContaining("assistant.sms.suppression-file");
		}
	}

}
