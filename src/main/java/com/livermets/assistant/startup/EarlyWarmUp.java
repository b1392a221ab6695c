package com.livermets.assistant.startup;

import java.util.Objects;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts JVM-wide start-up work (loading a model, scanning the FHIR classes) as soon as
 * the settings are read, before Spring parses a single configuration class: that parse
 * and the bean creation after it keep one core busy for most of the start, and a
 * {@link WarmUps warm-up} started by a bean began only when that bean was reached.
 * <p>
 * Only a head start: the work must be idempotent per JVM (class holders, cached
 * contexts), and the bean's own warm-up still runs it, waits for it, and fails the start
 * if it fails. So readiness means what it meant, and a failure here is only logged by
 * that warm-up. Subclasses are listed in {@code META-INF/spring.factories}.
 */
public abstract class EarlyWarmUp implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	private final String name;

	protected EarlyWarmUp(String name) {
		this.name = Objects.requireNonNull(name, "name");
	}

	/**
	 * The work to start for these settings, or {@code null} when there is none (or the
	 * settings are invalid: binding the beans reports that).
	 */
	protected abstract Runnable task(ConfigurableEnvironment environment);

	@Override
	public final void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		// the model build and other non-web runs need neither the models nor FHIR up
		// front
		if (event.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) {
			return;
		}
		Runnable task = task(event.getEnvironment());
		if (task == null) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				task.run();
			}
			catch (RuntimeException | LinkageError ex) {
				// the bean's warm-up does the same work and fails the start with it
			}
		}, "early-warm-up-" + this.name);
		thread.setDaemon(true);
		thread.start();
	}

}
