package com.livermets.assistant.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.livermets.assistant.documentation.ConfigurationMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the Kubernetes manifests of {@code deploy/k8s/} to the application, since no
 * cluster runs them in the build: what would break silently (an env var that binds to no
 * property, a probe on an endpoint the service does not expose, a Secret key nobody
 * creates, a Redis that forgets opt-outs) fails here instead. Reads files only; no Spring
 * context, no kubectl.
 */
class DeploymentManifestsTests {

	static final Path MANIFESTS = Path.of("deploy/k8s");

	/** Read by the JVM or the C library, not by Spring: no property to bind. */
	static final Set<String> PROCESS_ENVIRONMENT = Set.of("MALLOC_ARENA_MAX", "JAVA_TOOL_OPTIONS");

	/**
	 * The service's resident size after a load run with the image's JVM flags
	 * (docs/deployment.md, "Memory"); the limit must leave room above it.
	 */
	static final long MEASURED_RSS_MIB = 520;

	private static Map<String, Map<String, Object>> documents;

	private static Set<String> knownKeys;

	private static Map<String, Object> application;

	@BeforeAll
	static void read() throws IOException {
		documents = new HashMap<>();
		try (Stream<Path> files = Files.list(MANIFESTS)) {
			for (Path file : files.filter((f) -> f.toString().endsWith(".yaml")).toList()) {
				try (Reader in = Files.newBufferedReader(file)) {
					for (Object document : new Yaml().loadAll(in)) {
						Map<String, Object> map = map(document);
						String name = (map.containsKey("metadata")) ? string(map, "metadata.name") : file.toString();
						documents.put(map.get("kind") + "/" + name, map);
					}
				}
			}
		}
		knownKeys = new TreeSet<>(ConfigurationMetadata.onTheClasspath().keySet());
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application.yml"))) {
			application = map(new Yaml().load(in));
		}
	}

	@Test
	void kustomizationAppliesEveryManifestButTheSecretExample() throws IOException {
		List<Object> resources = list(document("Kustomization", "deploy/k8s/kustomization.yaml"), "resources");
		try (Stream<Path> files = Files.list(MANIFESTS)) {
			assertThat(resources).as("kustomization.yaml resources")
				.containsExactlyInAnyOrderElementsOf(files.map((f) -> f.getFileName().toString())
					.filter((f) -> !f.equals("kustomization.yaml") && !f.equals("secret.example.yaml"))
					.toList());
		}
	}

	@Test
	void twoReplicasAndADeployThatKeepsBothServing() {
		Map<String, Object> deployment = document("Deployment", "liver-mets-assistant");
		assertThat(deployment.get("spec")).extracting((spec) -> map(spec).get("replicas")).isEqualTo(2);
		assertThat(map(map(map(deployment.get("spec")).get("strategy")).get("rollingUpdate")))
			.containsEntry("maxUnavailable", 0);
		Duration shutdown = DurationStyle
			.detectAndParse(string(application, "spring.lifecycle.timeout-per-shutdown-phase"));
		Map<String, Object> pod = pod(deployment);
		long preStop = Long
			.parseLong(String.valueOf(list(container(deployment), "lifecycle.preStop.exec.command").get(1)));
		assertThat(((Number) pod.get("terminationGracePeriodSeconds")).longValue())
			.as("the grace period covers the preStop pause and Spring's graceful shutdown")
			.isGreaterThan(preStop + shutdown.toSeconds());
	}

	@Test
	void probesAskTheActuatorEndpointsTheServiceExposes() {
		assertThat(string(application, "management.endpoints.web.exposure.include")).contains("health");
		assertThat(value(application, "management.endpoints.web.base-path")).as("the default /actuator").isNull();
		assertThat(value(application, "management.server.port")).as("the probes use the service port").isNull();
		assertThat(application).extracting((a) -> value(a, "management.endpoint.health.probes.enabled"))
			.isEqualTo(true);
		Map<String, Object> container = container(document("Deployment", "liver-mets-assistant"));
		assertThat(string(container, "livenessProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
		assertThat(string(container, "startupProbe.httpGet.path")).isEqualTo("/actuator/health/liveness");
		assertThat(string(container, "readinessProbe.httpGet.path")).isEqualTo("/actuator/health/readiness");
		// The probes' named port is the one the service listens on (server.port:
		// ${PORT:8080}).
		Matcher port = Pattern.compile("\\$\\{PORT:(\\d+)}").matcher(string(application, "server.port"));
		assertThat(port.matches()).isTrue();
		for (String probe : List.of("livenessProbe", "startupProbe", "readinessProbe")) {
			assertThat(containerPort(container, string(container, probe + ".httpGet.port")))
				.isEqualTo(Integer.parseInt(port.group(1)));
		}
		assertThat(environment(container)).doesNotContainKeys("PORT", "SERVER_PORT", "MANAGEMENT_SERVER_PORT");
	}

	@Test
	void everyEnvironmentVariableBindsToAPropertyTheServiceHas() {
		Set<String> unbound = new TreeSet<>();
		for (Map<String, Object> container : containersOf("Deployment", "liver-mets-assistant")) {
			for (String variable : environment(container).keySet()) {
				if (!PROCESS_ENVIRONMENT.contains(variable) && boundKeys(variable).isEmpty()) {
					unbound.add(variable);
				}
			}
		}
		assertThat(unbound).as("env vars that Spring Boot's relaxed binding maps to no known property").isEmpty();
		assertThat(boundKeys("ASSISTANT_PRIVACY_HASH_KEY")).as("the check itself")
			.contains("assistant.privacy.hash-key");
	}

	@Test
	void theServiceFindsRedisWhereTheManifestsPutIt() {
		Map<String, String> env = environment(container(document("Deployment", "liver-mets-assistant")));
		assertThat(env).containsEntry("ASSISTANT_STATE_STORE", "redis");
		Map<String, Object> service = document("Service", env.get("SPRING_DATA_REDIS_HOST"));
		assertThat(list(service, "spec.ports")).extracting((p) -> String.valueOf(map(p).get("port")))
			.contains(env.get("SPRING_DATA_REDIS_PORT"));
		assertThat(map(value(service, "spec.selector"))).isEqualTo(
				value(document("StatefulSet", env.get("SPRING_DATA_REDIS_HOST")), "spec.template.metadata.labels"));
		Map<String, Object> web = document("Service", "liver-mets-assistant");
		assertThat(map(value(web, "spec.selector")))
			.isEqualTo(value(document("Deployment", "liver-mets-assistant"), "spec.template.metadata.labels"));
	}

	@Test
	void secretsComeFromTheOneSecretAndItsKeysExist() {
		Map<String, Object> example = document("Secret", "liver-mets-assistant");
		Set<String> keys = map(example.get("stringData")).keySet();
		List<String> missing = new ArrayList<>();
		for (Map<String, Object> document : documents.values()) {
			for (Map<String, Object> container : containersIn(document)) {
				for (Object entry : list(container, "env")) {
					Object reference = value(entry, "valueFrom.secretKeyRef");
					if (reference != null && (!"liver-mets-assistant".equals(map(reference).get("name"))
							|| !keys.contains(map(reference).get("key")))) {
						missing.add(map(entry).get("name") + " -> " + reference);
					}
				}
			}
		}
		assertThat(missing).as("secretKeyRefs to keys secret.example.yaml does not have").isEmpty();
		Map<String, Object> container = container(document("Deployment", "liver-mets-assistant"));
		assertThat(list(container, "env")).as("secret-looking variables are never written in the manifest")
			.filteredOn((e) -> String.valueOf(map(e).get("name")).matches(".*(KEY|TOKEN|PASSWORD|SECRET).*"))
			.allSatisfy((e) -> assertThat(map(e)).doesNotContainKey("value").containsKey("valueFrom"));
	}

	@Test
	void redisKeepsEveryWriteOnAPersistentVolume() {
		Map<String, String> config = new HashMap<>();
		for (String line : string(document("ConfigMap", "liver-mets-assistant-redis"), "data.redis\\.conf")
			.split("\n")) {
			String[] words = line.strip().split("\\s+", 2);
			if (words.length == 2 && !words[0].startsWith("#")) {
				config.put(words[0], words[1]);
			}
		}
		assertThat(config).containsEntry("appendonly", "yes")
			.containsEntry("appendfsync", "always")
			.containsEntry("maxmemory-policy", "noeviction");
		Map<String, Object> statefulSet = document("StatefulSet", "liver-mets-assistant-redis");
		Map<String, Object> redis = container(statefulSet);
		assertThat(list(redis, "args")).contains("/etc/redis/redis.conf");
		String claim = string(map(list(statefulSet, "spec.volumeClaimTemplates").get(0)), "metadata.name");
		assertThat(list(redis, "volumeMounts")).as("the AOF's dir is the persistent volume claim")
			.anySatisfy((m) -> assertThat(map(m)).containsEntry("name", claim)
				.containsEntry("mountPath", config.get("dir")));
	}

	@Test
	void memoryFitsTheMeasuredServiceAndRunsAsTheImagesUser() throws IOException {
		Map<String, Object> deployment = document("Deployment", "liver-mets-assistant");
		Map<String, Object> container = container(deployment);
		long request = mebibytes(string(container, "resources.requests.memory"));
		long limit = mebibytes(string(container, "resources.limits.memory"));
		assertThat(request).as("memory request = limit").isEqualTo(limit);
		assertThat(limit).as("room above the measured RSS").isGreaterThanOrEqualTo(MEASURED_RSS_MIB * 13 / 10);
		Matcher user = Pattern.compile("<user>(\\d+):(\\d+)</user>").matcher(Files.readString(Path.of("pom.xml")));
		assertThat(user.find()).as("the image profile's container user").isTrue();
		assertThat(String.valueOf(value(pod(deployment), "securityContext.runAsUser"))).isEqualTo(user.group(1));
		assertThat(value(pod(deployment), "securityContext.runAsNonRoot")).isEqualTo(true);
	}

	/** The known keys an environment variable binds to, by Spring Boot's own mapping. */
	private static Set<String> boundKeys(String variable) {
		SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "x"));
		Set<String> keys = new TreeSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.from(environment)) {
			knownKeys.stream()
				.filter(ConfigurationPropertyName::isValid)
				.filter((key) -> source.getConfigurationProperty(ConfigurationPropertyName.of(key)) != null)
				.forEach(keys::add);
		}
		return keys;
	}

	private static long mebibytes(String quantity) {
		Matcher m = Pattern.compile("(\\d+)(Mi|Gi)").matcher(quantity);
		assertThat(m.matches()).as(quantity + " in Mi or Gi").isTrue();
		return Long.parseLong(m.group(1)) * (m.group(2).equals("Gi") ? 1024 : 1);
	}

	private static int containerPort(Map<String, Object> container, String name) {
		return list(container, "ports").stream()
			.map(DeploymentManifestsTests::map)
			.filter((p) -> name.equals(p.get("name")) || name.equals(String.valueOf(p.get("containerPort"))))
			.map((p) -> (Integer) p.get("containerPort"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no container port " + name));
	}

	private static Map<String, String> environment(Map<String, Object> container) {
		Map<String, String> env = new HashMap<>();
		for (Object entry : list(container, "env")) {
			env.put((String) map(entry).get("name"), (String) map(entry).get("value"));
		}
		return env;
	}

	private static Map<String, Object> document(String kind, String name) {
		Map<String, Object> document = documents.get(kind + "/" + name);
		assertThat(document).as(kind + " " + name + " in " + MANIFESTS).isNotNull();
		return document;
	}

	private static Map<String, Object> pod(Map<String, Object> workload) {
		return map(value(workload, "spec.template.spec"));
	}

	private static Map<String, Object> container(Map<String, Object> workload) {
		return map(list(pod(workload), "containers").get(0));
	}

	private static List<Map<String, Object>> containersOf(String kind, String name) {
		return containersIn(document(kind, name));
	}

	private static List<Map<String, Object>> containersIn(Map<String, Object> document) {
		Object pod = value(document, "spec.template.spec");
		return (pod != null) ? list(map(pod), "containers").stream().map(DeploymentManifestsTests::map).toList()
				: List.of();
	}

	/**
	 * The value at a dotted path of nested maps ({@code \\.} for a dot inside a key), or
	 * null.
	 */
	private static Object value(Object node, String path) {
		Object current = node;
		for (String step : path.split("(?<!\\\\)\\.")) {
			if (!(current instanceof Map<?, ?> m)) {
				return null;
			}
			current = m.get(step.replace("\\.", "."));
		}
		return current;
	}

	private static String string(Object node, String path) {
		Object value = value(node, path);
		assertThat(value).as(path).isNotNull();
		return String.valueOf(value);
	}

	private static List<Object> list(Object node, String path) {
		Object value = value(node, path);
		return (value instanceof List<?> l) ? new ArrayList<>(l) : List.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node) {
		assertThat(node).isInstanceOf(Map.class);
		return (Map<String, Object>) node;
	}

}
