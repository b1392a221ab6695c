package com.livermets.assistant.channel.portal;

import com.livermets.assistant.startup.EarlyWarmUp;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Scans the FHIR R4 model (up to 2 s) beside Spring's own start instead of from the
 * {@code fhirContext} bean, which Spring reaches near the end: the context is the JVM's
 * cached one, so the bean gets the scanned model (HAPI scans under a lock, never twice).
 */
final class FhirEarlyWarmUp extends EarlyWarmUp {

	FhirEarlyWarmUp() {
		super("fhir");
	}

	@Override
	protected Runnable task(ConfigurableEnvironment environment) {
		boolean acceptsTokens;
		try {
			Binder binder = Binder.get(environment);
			acceptsTokens = PortalTokens.check(binder.bindOrCreate("assistant.portal", PortalProperties.class),
					binder.bindOrCreate("spring.security.oauth2.resourceserver", OAuth2ResourceServerProperties.class)
						.getJwt());
		}
		catch (RuntimeException invalid) {
			// the portal's beans report it and stop the start; warm everything meanwhile
			acceptsTokens = true;
		}
		boolean all = acceptsTokens;
		return () -> FhirModel.warm(all);
	}

}
