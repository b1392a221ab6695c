package com.livermets.assistant.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken safety file stops the service at startup with {@code file:line: problem}. */
class SafetyFileValidationTests {

	private static final String RULES = "intents/safety/rules.txt";

	/** The smallest valid rule file: one rule per level. */
	private static final String VALID = """
			# comment
			rule: chest_pain
			level: emergency
			match: chest ~2 pain
			example: chest pain

			rule: suicidal_thoughts
			level: crisis
			match: suicid*
			example: suicidal

			rule: symptom_itching
			level: contact_doctor
			match: itch*
			example: itching
			""";

	@Test
	void validFileParses() {
		assertThat(RuleFile.parse(new ContentFile(RULES, VALID))).extracting(SafetyRule::id, SafetyRule::level)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("chest_pain", Triage.EMERGENCY),
					org.assertj.core.groups.Tuple.tuple("suicidal_thoughts", Triage.CRISIS),
					org.assertj.core.groups.Tuple.tuple("symptom_itching", Triage.CONTACT_DOCTOR));
	}

	@Test
	void aRuleMarkedQuietNeverKeepsItsFindingAgainstTheModel() {
		String text = VALID.replace("level: emergency", "level: emergency\nquiet: never");
		assertThat(RuleFile.parse(new ContentFile(RULES, text))).extracting(SafetyRule::id, SafetyRule::neverQuieted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("chest_pain", true),
					org.assertj.core.groups.Tuple.tuple("suicidal_thoughts", false),
					org.assertj.core.groups.Tuple.tuple("symptom_itching", false));
	}

	@ParameterizedTest(name = "line {0}: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "4|match: chest ~2 pain|match: (chest ~2 pain|bad pattern: '(' at depth 1 is never closed",
					"4|match: chest ~2 pain|match: ~2 chest|bad pattern: '~N' must stand between two words",
					"4|match: chest ~2 pain|match: chest ~9 pain|bad pattern: '~N' allows 1 to 8 words",
					"4|match: chest ~2 pain|match: chest ()|bad pattern: empty pattern or alternative",
					"4|match: chest ~2 pain|match: Chest pain|bad pattern: unexpected 'C'",
					"4|match: chest ~2 pain|match: ch* pain|bad pattern: prefix 'ch*' is too short",
					"4|match: chest ~2 pain|match: (chest)? (pain)?|bad pattern: a pattern needs at least one word",
					"3|level: emergency|level: urgent|level must be emergency, crisis or contact_doctor, not 'urgent'",
					"3|level: emergency|levle: emergency|unknown key 'levle'",
					"3|level: emergency|quiet: sometimes|quiet can only be 'never', not 'sometimes'",
					"4|match: chest ~2 pain|match:|'match' has no value",
					"4|match: chest ~2 pain|match chest pain|expected 'key: value'",
					"7|rule: suicidal_thoughts|rule: chest_pain|rule 'chest_pain' is already defined at line 2",
					"7|rule: suicidal_thoughts|rule: Suicidal|rule id 'Suicidal' must be lower case" })
	void brokenLineIsNamed(int line, String original, String broken, String problem) {
		String text = VALID.replace(original, broken);
		assertThatThrownBy(() -> RuleFile.parse(new ContentFile(RULES, text))).isInstanceOf(ContentException.class)
			.hasMessageStartingWith(RULES + ":" + line + ": ")
			.hasMessageContaining(problem);
	}

	@Test
	void wordListIsWrittenIntoEveryPatternThatNamesIt(@TempDir Path dir) throws IOException {
		String withList = "words: @chest_words = chest|breast bone\n" + VALID.replace("match: chest ~2 pain",
				"match: @chest_words ~2 pain\nexcept: (tv|telly) ~4 @chest_words");
		assertThat(RuleFile.parse(new ContentFile(RULES, withList)).get(0).patterns()).extracting(RulePattern::toString)
			.containsExactly("(chest|breast bone) ~2 pain");
		Files.writeString(dir.resolve("rules.txt"), withList, StandardCharsets.UTF_8);
		SafetyTriage triage = SafetyFixtures.load(SafetyFixtures.properties("file:" + dir.resolve("rules.txt"),
				SafetyFixtures.DEFAULTS.cues(), SafetyFixtures.DEFAULTS.messages(), "911"));
		assertThat(triage.assess("my breast bone hurts, sharp pain")).isPresent();
		assertThat(triage.assess("on the telly a man grabbed his chest in pain")).isEmpty();
	}

	@Test
	void brokenWordListIsNamed() {
		String list = "words: @chest_words = chest|breast bone\n";
		assertThatThrownBy(() -> parse(list + VALID.replace("match: chest ~2 pain", "match: @chest_wrds ~2 pain")))
			.hasMessageStartingWith(RULES + ":5: unknown word list '@chest_wrds'; define it above its first use");
		assertThatThrownBy(() -> parse(VALID.replace("match: chest ~2 pain", "match: @chest_words ~2 pain") + list))
			.hasMessageStartingWith(RULES + ":4: unknown word list '@chest_words'");
		assertThatThrownBy(() -> parse("words: chest_words = chest\n" + VALID))
			.hasMessageStartingWith(RULES + ":1: a word list reads 'words: @name = one|two words|three'");
		assertThatThrownBy(() -> parse("words: @chest_words = (chest\n" + VALID))
			.hasMessageStartingWith(RULES + ":1: bad pattern: ");
		assertThatThrownBy(() -> parse(list + "words: @chest_words = torso\n" + VALID))
			.hasMessage(RULES + ":2: word list '@chest_words' is already defined at line 1");
	}

	@Test
	void incompleteRulesNameTheirRuleLine() {
		assertThatThrownBy(() -> parse(VALID.replace("match: chest ~2 pain\n", "")))
			.hasMessage(RULES + ":2: rule 'chest_pain' has no 'match:'");
		assertThatThrownBy(() -> parse(VALID.replace("example: suicidal\n", "")))
			.hasMessageStartingWith(RULES + ":7: rule 'suicidal_thoughts' has no 'example:'");
		assertThatThrownBy(() -> parse(VALID.replace("level: contact_doctor\n", "")))
			.hasMessage(RULES + ":12: rule 'symptom_itching' has no 'level:'");
		assertThatThrownBy(() -> parse("level: crisis\n" + VALID))
			.hasMessage(RULES + ":1: 'level:' before the first 'rule:'");
	}

	@Test
	void truncatedFileWithoutALevelIsRefused() {
		String withoutCrisis = VALID
			.replace("rule: suicidal_thoughts\nlevel: crisis\nmatch: suicid*\nexample: suicidal\n", "");
		assertThatThrownBy(() -> parse(withoutCrisis)).hasMessageStartingWith(RULES + ":")
			.hasMessageContaining("no crisis rules");
	}

	@Test
	void editThatStopsARuleFiringOnItsExampleFailsAtStartup(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("rules.txt"), VALID.replace("match: chest ~2 pain", "match: chest ~2 pian ache"),
				StandardCharsets.UTF_8);
		SafetyProperties properties = SafetyFixtures.properties("file:" + dir.resolve("rules.txt"),
				SafetyFixtures.DEFAULTS.cues(), SafetyFixtures.DEFAULTS.messages(), "911");
		assertThatThrownBy(() -> SafetyFixtures.load(properties)).isInstanceOf(ContentException.class)
			.hasMessage("intents/safety/rules.txt:5: rule 'chest_pain' does not fire on its example 'chest pain'");
	}

	@Test
	void filesLoadFromConfiguredLocations(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("rules.txt"), VALID, StandardCharsets.UTF_8);
		SafetyProperties properties = SafetyFixtures.properties("file:" + dir.resolve("rules.txt"),
				SafetyFixtures.DEFAULTS.cues(), SafetyFixtures.DEFAULTS.messages(), "911");
		SafetyTriage triage = SafetyFixtures.load(properties);
		assertThat(triage.assess("vomiting blood")).isEmpty();
		assertThat(triage.assess("chest pain")).isPresent();
	}

	@Test
	void missingFileIsNamed() {
		SafetyProperties properties = SafetyFixtures.properties("classpath:intents/safety/nothing.txt",
				SafetyFixtures.DEFAULTS.cues(), SafetyFixtures.DEFAULTS.messages(), "911");
		assertThatThrownBy(() -> SafetyFixtures.load(properties)).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("intents/safety/rules.txt: file not found");
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"',
			value = { "negation: no, not|negation: no, not at all|2: 'negation' entries are single words",
					"negation: no, not|negaton: no, not|2: unknown cue list 'negaton'",
					"negation: no, not|negation: no, No|2: 'negation' entry 'No' must be lower case",
					"negation: no, not|negation: no, no|2: 'no' listed twice",
					"negation: no, not|# no negation|24: missing 'negation:'" })
	void brokenCueFileIsNamed(String original, String broken, String problem) {
		String cues = """
				# cues
				negation: no, not
				negation-filler: have
				negation-join: or
				personal: i, my dad
				question: what, tell me
				general: cause
				hypothetical: what if
				real-words: fewer
				past: years ago
				present: now
				aside: just curious
				crisis-denial: not suicidal
				figure-of-speech: dying for a
				safekeeping-action: store
				safekeeping-purpose: safely
				safekeeping-ask: how
				medicine: morphine
				medicine-amount: bottle
				dosing: a day
				reassurance: is fine
				hearsay: says
				misread: can not sleep
				support-ask: is there any help
				""";
		assertThat(Cues.parse(new ContentFile("intents/safety/cues.txt", cues)).negations()).contains("no", "not");
		assertNamed(() -> Cues.parse(new ContentFile("intents/safety/cues.txt", cues.replace(original, broken))),
				"intents/safety/cues.txt", problem);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = {
			"EMERGENCY|message: Call your doctor.|2: the emergency message must tell the user to call {emergency-number}",
			"CRISIS|message: Call {emergency-number} or {lifeline}.|2: unknown placeholder '{lifeline}'",
			"EMERGENCY|message: Call {emergency-number}.\\nsource: The liver is the largest organ inside your body.|3: emergency and crisis messages cite no source",
			"CONTACT_DOCTOR|message: Contact your doctor.|2: a symptom reply must cite the source passage",
			"CONTACT_DOCTOR|message: Contact your doctor.\\nsource: Symptoms are always obvious.|3: source passage is not verbatim",
			"CONTACT_DOCTOR|source: The liver is the largest organ inside your body.|2: missing 'message:'" })
	void brokenMessageFileIsNamed(Triage level, String body, String problem) {
		String file = "# fixed text\n" + body.replace("\\n", "\n") + "\n";
		String source = SafetyFixtures.classpathText("source/liver-metastases.txt");
		assertNamed(() -> SafetyMessage.parse(new ContentFile("responses/safety/x.txt", file), level, "911", source,
				SafetyFixtures.SOURCE_TITLE), "responses/safety/x.txt", problem);
	}

	@Test
	void overLongMessageIsRefused() {
		String file = "message: Call {emergency-number}. " + "Please. ".repeat(30) + "\n";
		assertThatThrownBy(() -> SafetyMessage.parse(new ContentFile("responses/safety/emergency.txt", file),
				Triage.EMERGENCY, "911", "", "title"))
			.hasMessageStartingWith("responses/safety/emergency.txt:1: message has")
			.hasMessageContaining("at most 220 fit two SMS segments");
	}

	/** {@code lineAndProblem} is {@code "<line>: <problem>"}. */
	private static void assertNamed(ThrowingCallable parse, String file, String lineAndProblem) {
		int colon = lineAndProblem.indexOf(':');
		assertThatThrownBy(parse).isInstanceOf(ContentException.class)
			.hasMessageStartingWith(file + ":" + lineAndProblem.substring(0, colon + 1))
			.hasMessageContaining(lineAndProblem.substring(colon + 2));
	}

	private static void parse(String text) {
		RuleFile.parse(new ContentFile(RULES, text));
	}

}
