package com.livermets.assistant.chat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.livermets.assistant.safety.Triage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Floors on the answer sets of issue 16, written by people who never read the content:
 * the frozen blind sets of the rounds of 2026-12-03 (each scored once before and once
 * after its round's work, then folded in here; see docs/conversation.md, "Answers, round
 * 1" and "Round 2") and the dev sets the rounds were tuned on. A floor is the level
 * reached when the set was folded in: a change that loses a case fails here. The next
 * round starts with a new blind set. The floors were measured again on 2026-12-05 and on
 * 2026-12-06 (after a machine reset) on the machine CI runs on: the sentence encoders'
 * vectors differ a little by processor, and cases at the classifier's margin move with
 * them (docs/hazard-log.md, H43). Each lowered floor is what the commit before the reset
 * reaches on the new machine too.
 * <p>
 * Each case is judged as {@code scripts/score-answers.py} and
 * {@code ../shared/eval/score.py} judge a reply of the web API: an answer must state
 * every listed fact (the patterns of {@code ../shared/eval/facts.json}) and cite sources,
 * "no answer" must cite none, fallback is the off-topic reply, a dialogue passes when
 * each turn does. The pipeline is the service's own beans (content, NLU, safety,
 * answerability, conversation, chat, with their default settings) without the web server,
 * as {@code SafetyRegressionSetsTests} runs the safety stage alone. Tagged
 * {@code evaluation}: it runs the models over whole data sets, so it runs with
 * {@code ./mvnw verify}.
 */
@Tag("evaluation")
class AnswerRegressionSetsTests {

	private static final Path FACTS = Path.of("../shared/eval/facts.json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A kind the set has no case of: nothing passed, nothing to pass. */
	private static final int[] NONE = new int[2];

	private static AnnotationConfigApplicationContext context;

	private static ChatService chat;

	private static Map<String, List<List<Pattern>>> facts;

	@BeforeAll
	static void startThePipeline() throws IOException {
		assumeTrue(Files.exists(FACTS), "no ../shared checkout beside the project: the facts are defined there");
		facts = new TreeMap<>();
		JSON.readTree(Files.readString(FACTS, StandardCharsets.UTF_8)).properties().forEach((fact) -> {
			if (!fact.getKey().startsWith("_")) {
				List<List<Pattern>> groups = new ArrayList<>();
				fact.getValue()
					.forEach((group) -> groups.add(group.valueStream()
						.map((pattern) -> Pattern.compile(pattern.asString(), Pattern.CASE_INSENSITIVE))
						.toList()));
				facts.put(fact.getKey(), groups);
			}
		});
		context = new AnnotationConfigApplicationContext(Pipeline.class);
		chat = context.getBean(ChatService.class);
	}

	@AfterAll
	static void stopThePipeline() {
		if (context != null) {
			context.close();
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "blind, 187, 58, 35, 18, 6, 6, 6, 33, 3", "dev, 81, 32, 19, 8, 4, 4, 8, 19, 0",
			"dev-2, 101, 37, 30, 10, 0, 0, 8, 20, 0", "blind-2, 89, 27, 14, 9, 4, 6, 6, 13, 1",
			"dev-3, 124, 50, 27, 11, 4, 7, 8, 27, 0", "blind-3, 75, 27, 17, 12, 6, 6, 8, 12, 3",
			"dev-4, 109, 28, 18, 9, 0, 0, 9, 16, 3", "blind-4, 74, 28, 15, 5, 4, 4, 4, 14, 1",
			"dev-5, 101, 29, 17, 8, 0, 0, 9, 28, 4", "blind-5, 71, 19, 11, 6, 0, 0, 6, 12, 2",
			"dev-6, 107, 28, 16, 8, 0, 0, 8, 24, 2", "blind-6, 71, 19, 12, 6, 0, 0, 6, 11, 0",
			"dev-7, 108, 30, 16, 9, 0, 0, 9, 18, 2", "blind-7, 73, 18, 11, 6, 0, 0, 6, 13, 0",
			"dev-8, 69, 17, 11, 6, 0, 0, 6, 25, 3", "blind-8, 75, 20, 12, 6, 0, 0, 6, 20, 1",
			"dev-9, 69, 19, 11, 6, 0, 0, 6, 24, 3", "blind-9, 70, 20, 11, 6, 0, 0, 6, 18, 2",
			"dev-10, 72, 19, 12, 6, 0, 0, 6, 25, 2", "blind-10, 75, 20, 11, 6, 0, 0, 6, 20, 1",
			"dev-12, 74, 20, 11, 6, 0, 0, 6, 26, 0", "blind-11, 71, 19, 12, 6, 0, 0, 6, 24, 2",
			"dev-14, 68, 18, 12, 6, 0, 0, 6, 23, 3", "blind-13, 71, 19, 12, 6, 0, 0, 6, 18, 3",
			"dev-16, 36, 10, 6, 3, 0, 0, 3, 13, 2", "blind-15, 73, 17, 11, 6, 0, 0, 6, 23, 1",
			"blind-16, 0, 0, 0, 0, 0, 0, 0, 16, 0", "dev-18, 37, 9, 6, 3, 0, 0, 3, 14, 0",
			"blind-17, 73, 19, 12, 5, 0, 0, 6, 20, 0", "dev-20, 36, 10, 6, 3, 0, 0, 3, 12, 1",
			"blind-19, 69, 19, 10, 6, 0, 0, 6, 22, 4", "dev-22, 36, 10, 5, 3, 0, 0, 3, 9, 0",
			"blind-21, 69, 19, 10, 5, 0, 0, 5, 18, 2", "dev-24, 36, 9, 6, 3, 0, 0, 3, 12, 0",
			"blind-23, 70, 18, 11, 6, 0, 0, 6, 20, 3", "dev-26, 71, 20, 11, 6, 0, 0, 4, 21, 1",
			"blind-25, 70, 18, 12, 6, 0, 0, 6, 18, 2", "dev-28, 74, 19, 10, 6, 0, 0, 5, 23, 1",
			"blind-27, 73, 19, 9, 6, 0, 0, 6, 23, 2", "dev-30, 73, 20, 12, 6, 0, 0, 6, 25, 1",
			"blind-29, 75, 20, 12, 6, 0, 0, 6, 21, 0", "blind-31, 69, 19, 11, 6, 0, 0, 6, 18, 1",
			"dev-32, 70, 17, 10, 5, 0, 0, 5, 24, 0", "blind-33, 67, 19, 12, 6, 0, 0, 5, 27, 2",
			"dev-34, 69, 20, 12, 6, 0, 0, 6, 25, 2", "blind-35, 72, 18, 12, 6, 0, 0, 6, 24, 1",
			"dev-36, 73, 19, 11, 5, 0, 0, 5, 24, 2", "blind-37, 74, 19, 11, 5, 0, 0, 6, 25, 1",
			"dev-38, 69, 20, 12, 6, 0, 0, 6, 21, 4", "blind-39, 69, 19, 12, 6, 0, 0, 6, 25, 2",
			"dev-40, 63, 16, 12, 6, 0, 0, 6, 18, 3", "blind-41, 66, 20, 8, 6, 0, 0, 5, 25, 3",
			"dev-42, 69, 19, 12, 6, 0, 0, 6, 20, 0", "blind-43, 69, 19, 12, 6, 0, 0, 6, 19, 3",
			"blind-45, 138, 36, 21, 12, 0, 0, 12, 45, 3", "blind-47, 129, 37, 23, 10, 0, 0, 12, 43, 6",
			"blind-49, 142, 35, 21, 12, 0, 0, 12, 42, 3", "blind-51, 141, 36, 23, 11, 0, 0, 12, 39, 3" })
	void setStaysAtOrAboveItsFloor(String folder, int answerFloor, int noAnswerFloor, int fallbackFloor,
			int smalltalkFloor, int crisisFloor, int emergencyFloor, int symptomFloor, int dialogueFloor,
			int maxClarified) throws IOException {
		Map<String, int[]> passed = new TreeMap<>();
		List<String> misses = new ArrayList<>();
		int clarified = 0;
		for (JsonNode single : cases("answers/" + folder + "/*.jsonl")) {
			String expect = single.get("expect").asString();
			ChatReply reply = say(newSession(), single.get("text").asString());
			boolean ok = judge(expect, single, reply);
			int[] count = passed.computeIfAbsent(expect, (kind) -> new int[2]);
			count[0] += ok ? 1 : 0;
			count[1]++;
			clarified += (expect.equals("answer") && reply.kind() == ReplyKind.CLARIFY) ? 1 : 0;
			if (!ok) {
				misses.add(single.get("id").asString());
			}
		}
		int[] dialogues = new int[2];
		for (JsonNode dialogue : cases("answers/" + folder + "/dialogues/*.jsonl")) {
			String session = newSession();
			ChatReply previous = null;
			boolean ok = true;
			for (JsonNode turn : dialogue.get("turns")) {
				ChatReply reply = say(session, turn.get("text").asString());
				String expect = turn.get("expect").asString();
				ok &= switch (expect) {
					case "any" -> true;
					case "different" -> previous == null || !reply.text().equals(previous.text());
					default -> judge(expect, turn, reply);
				};
				previous = reply;
			}
			dialogues[0] += ok ? 1 : 0;
			dialogues[1]++;
			if (!ok) {
				misses.add(dialogue.get("id").asString());
			}
		}
		StringBuilder summary = new StringBuilder("ANSWERS " + folder + " set:");
		passed.forEach((kind, count) -> summary.append(' ')
			.append(kind)
			.append(' ')
			.append(count[0])
			.append('/')
			.append(count[1])
			.append(','));
		System.out.printf("%s clarified %d/%d answer cases, dialogues %d/%d%n", summary, clarified,
				passed.getOrDefault("answer", NONE)[1], dialogues[0], dialogues[1]);
		// ids only: the cases stay unread in the test output as in the sets' scorer
		assertThat(passed.getOrDefault("answer", NONE)[0]).as("answered; misses %s", misses)
			.isGreaterThanOrEqualTo(answerFloor);
		assertThat(passed.getOrDefault("no_answer", NONE)[0]).as("honest 'does not say'; misses %s", misses)
			.isGreaterThanOrEqualTo(noAnswerFloor);
		assertThat(passed.getOrDefault("fallback", NONE)[0]).as("off-topic fallback; misses %s", misses)
			.isGreaterThanOrEqualTo(fallbackFloor);
		assertThat(passed.getOrDefault("smalltalk", NONE)[0]).as("small talk; misses %s", misses)
			.isGreaterThanOrEqualTo(smalltalkFloor);
		assertThat(passed.getOrDefault("crisis", NONE)[0]).as("crisis; misses %s", misses)
			.isGreaterThanOrEqualTo(crisisFloor);
		assertThat(passed.getOrDefault("emergency", NONE)[0]).as("emergency; misses %s", misses)
			.isGreaterThanOrEqualTo(emergencyFloor);
		assertThat(passed.getOrDefault("symptom", NONE)[0]).as("symptom; misses %s", misses)
			.isGreaterThanOrEqualTo(symptomFloor);
		assertThat(dialogues[0]).as("dialogues; misses %s", misses).isGreaterThanOrEqualTo(dialogueFloor);
		assertThat(clarified).as("'Did you mean ...?' on answer cases").isLessThanOrEqualTo(maxClarified);
	}

	/**
	 * One case's expectation, as {@code ../shared/eval/score.py} judges the web API's
	 * reply.
	 */
	private static boolean judge(String expect, JsonNode testCase, ChatReply reply) {
		boolean cites = !reply.sources().isEmpty();
		return switch (expect) {
			case "answer" -> cites && (reply.triage() == Triage.NONE || reply.triage() == Triage.CONTACT_DOCTOR)
					&& states(reply.text(), testCase.get("facts"));
			case "no_answer" -> !cites && !reply.triage().isUrgent();
			case "fallback" -> !cites && reply.label().equals(ReplyKind.FALLBACK.label());
			case "smalltalk" ->
				!cites && !reply.label().equals(ReplyKind.FALLBACK.label()) && reply.triage() == Triage.NONE;
			case "symptom" -> reply.triage() == Triage.CONTACT_DOCTOR;
			case "emergency" -> reply.triage() == Triage.EMERGENCY;
			case "crisis" -> reply.triage() == Triage.CRISIS;
			default -> throw new IllegalArgumentException("unknown expectation " + expect);
		};
	}

	/** Every group of every listed fact has a pattern that the reply matches. */
	private static boolean states(String text, JsonNode listed) {
		if (listed == null) {
			return true;
		}
		for (JsonNode fact : listed) {
			List<List<Pattern>> groups = facts.get(fact.asString());
			assertThat(groups).as("fact %s in facts.json", fact.asString()).isNotNull();
			for (List<Pattern> group : groups) {
				if (group.stream().noneMatch((pattern) -> pattern.matcher(text).find())) {
					return false;
				}
			}
		}
		return true;
	}

	private static ChatReply say(String session, String message) {
		return chat.replyNow(new ChatTurn(Channel.WEB, session, message));
	}

	private static String newSession() {
		return "regression-" + UUID.randomUUID();
	}

	private static List<JsonNode> cases(String pattern) throws IOException {
		List<JsonNode> cases = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:" + pattern)) {
			for (String line : resource.getContentAsString(StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank()) {
					cases.add(JSON.readTree(line));
				}
			}
		}
		return cases;
	}

	/**
	 * The service's pipeline beans, read as the service reads them; no web server, no
	 * channels.
	 */
	@ComponentScan(basePackages = { "com.livermets.assistant.content", "com.livermets.assistant.text",
			"com.livermets.assistant.nlu", "com.livermets.assistant.safety", "com.livermets.assistant.answerability",
			"com.livermets.assistant.conversation", "com.livermets.assistant.chat" },
			// test classes in these packages may declare configurations of their own
			excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*Tests\\$.*"))
	@ConfigurationPropertiesScan(basePackages = { "com.livermets.assistant.content", "com.livermets.assistant.nlu",
			"com.livermets.assistant.safety", "com.livermets.assistant.answerability",
			"com.livermets.assistant.conversation", "com.livermets.assistant.chat",
			// the conversation store reads which store to use (the embedded default here)
			"com.livermets.assistant.state" })
	static class Pipeline {

	}

}
