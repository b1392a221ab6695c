package com.livermets.assistant.startup;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EarlyWarmUpTests {

	@Test
	void aServiceStartRunsTheTaskOnADaemonThreadOfItsOwn() throws InterruptedException {
		AtomicReference<Thread> ranOn = new AtomicReference<>();
		CountDownLatch done = new CountDownLatch(1);
		new Recording(() -> {
			ranOn.set(Thread.currentThread());
			done.countDown();
		}).onApplicationEvent(event(WebApplicationType.REACTIVE));
		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(ranOn.get().getName()).isEqualTo("early-warm-up-test");
		assertThat(ranOn.get().isDaemon()).isTrue();
	}

	@Test
	void aRunWithoutAServerSuchAsTheModelBuildStartsNothing() {
		Recording warmUp = new Recording(() -> {
		});
		warmUp.onApplicationEvent(event(WebApplicationType.NONE));
		assertThat(warmUp.asked).isFalse();
	}

	@Test
	void aFailingTaskDoesNotEscapeItsThread() throws InterruptedException {
		CountDownLatch done = new CountDownLatch(1);
		new Recording(() -> {
			done.countDown();
			throw new ExceptionInInitializerError("the bean's warm-up reports this");
		}).onApplicationEvent(event(WebApplicationType.REACTIVE));
		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
	}

	private static ApplicationEnvironmentPreparedEvent event(WebApplicationType type) {
		SpringApplication application = new SpringApplication();
		application.setWebApplicationType(type);
		return new ApplicationEnvironmentPreparedEvent(null, application, new String[0], new StandardEnvironment());
	}

	private static final class Recording extends EarlyWarmUp {

		private final Runnable task;

		private boolean asked;

		Recording(Runnable task) {
			super("test");
			this.task = task;
		}

		@Override
		protected Runnable task(ConfigurableEnvironment environment) {
			this.asked = true;
			return this.task;
		}

	}

}
