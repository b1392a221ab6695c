package com.livermets.assistant.channel.portal;

import com.livermets.assistant.startup.EarlyWarmUp;

import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Scans the FHIR R4 model (over 2 s) beside Spring's own start instead of from the
 * {@code fhirContext} bean, which Spring reaches near the end: the context is the JVM's
 * cached one, so the bean gets the scanned model (HAPI scans under a lock, never twice).
 */
final class FhirEarlyWarmUp extends EarlyWarmUp {

	FhirEarlyWarmUp() {
		super("fhir");
	}

	@Override
	protected Runnable task(ConfigurableEnvironment environment) {
		return FhirModel::warm;
	}

}
