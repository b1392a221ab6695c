package com.livermets.assistant.documentation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every configuration key the application can bind, as the metadata files of the
 * classpath list them: this service's (written by
 * {@code spring-boot-configuration-processor}) and Spring Boot's modules'. Shared by the
 * tests that hold documents and manifests to the keys that really exist.
 */
public final class ConfigurationMetadata {

	private ConfigurationMetadata() {
	}

	/** Key to its metadata entry; the first file on the classpath wins. */
	public static Map<String, JsonNode> onTheClasspath() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, JsonNode> properties = new LinkedHashMap<>();
		for (URL url : Collections.list(ConfigurationMetadata.class.getClassLoader()
			.getResources("META-INF/spring-configuration-metadata.json"))) {
			try (InputStream in = url.openStream()) {
				for (JsonNode property : json.readTree(in).path("properties")) {
					properties.putIfAbsent(property.path("name").asString(), property);
				}
			}
		}
		return properties;
	}

}
