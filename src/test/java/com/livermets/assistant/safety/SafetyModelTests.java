package com.livermets.assistant.safety;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fine-tuned safety model on its own and in the triage: what it reads, how it reads a
 * long message, and how its files are checked at startup.
 */
class SafetyModelTests {

	private static final ResourceLoader RESOURCES = new DefaultResourceLoader();

	private static final SafetyProperties.Model DEFAULTS = SafetyFixtures.DEFAULTS.model();

	private static SafetyModel model(double crisis, double crisisOverEmergency, double emergency, double symptom) {
		SafetyProperties.Model settings = new SafetyProperties.Model(true, DEFAULTS.encoder(), DEFAULTS.tokenizer(),
				DEFAULTS.head(), crisis, crisisOverEmergency, DEFAULTS.crisisOverDenial(), emergency, symptom,
				DEFAULTS.quiet(), DEFAULTS.quietMinWords(), DEFAULTS.symptomOverMeaning());
		return SafetyModel.load(RESOURCES.getResource(settings.encoder()), RESOURCES.getResource(settings.tokenizer()),
				SafetyModel.Head.parse(ContentFile.read(RESOURCES.getResource(settings.head()), "head.txt")), settings);
	}

	private static final SafetyModel MODEL = model(DEFAULTS.crisis(), DEFAULTS.crisisOverEmergency(),
			DEFAULTS.emergency(), DEFAULTS.symptom());

	@ParameterizedTest
	@ValueSource(strings = { "tablets counted out. goodbye all", "tell my kids i love em. im done",
			"I've been saving his morphine for myself. When he's gone I'm going with him." })
	void readsCrisesSaidSideways(String message) {
		assertThat(MODEL.assess(message, Triage.NONE, false)).as(message).isEqualTo(Triage.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is ablation", "how long does recovery from liver surgery take",
			"thank you, that helps", "what are the symptoms of liver metastases" })
	void leavesPlainQuestionsAlone(String message) {
		assertThat(MODEL.assess(message, Triage.NONE, false)).as(message).isEqualTo(Triage.NONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "start over", "start again", "reset", "aaaaaaaaaaaaaaaaaaaaaaaaa" })
	void theServicesCommandsAndNoiseAreLeftToTheOtherDetectors(String message) {
		assertThat(SafetyFixtures.triage().read(message).words()).isLessThan(SafetyTriage.MODEL_MIN_WORDS);
		assertThat(SafetyFixtures.triage().assess(message)).as(message).isEmpty();
	}

	@Test
	void probabilitiesCoverEveryLevelAndAddUpToOne() {
		Map<Triage, Double> p = MODEL.probabilities("my dad is vomiting blood");
		assertThat(p).containsOnlyKeys(Triage.NONE, Triage.CRISIS, Triage.EMERGENCY, Triage.CONTACT_DOCTOR);
		assertThat(p.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-6));
		assertThat(p.get(Triage.EMERGENCY)).isGreaterThan(p.get(Triage.NONE));
	}

	@Test
	void aLevelWithThresholdOneIsLeftToTheOtherDetectors() {
		String emergency = "my dad is vomiting blood";
		assertThat(model(1, 1, 0.3, 1).assess(emergency, Triage.NONE, false)).isEqualTo(Triage.EMERGENCY);
		assertThat(model(1, 1, 1, 1).assess(emergency, Triage.NONE, false)).isEqualTo(Triage.NONE);
	}

	@Test
	void overAnEmergencyTheOthersFoundACrisisNeedsItsOwnThreshold() {
		String crisis = "tablets counted out. goodbye all";
		assertThat(MODEL.assess(crisis, Triage.EMERGENCY, false)).isEqualTo(Triage.CRISIS);
		assertThat(model(0.2, 1, 1, 1).assess(crisis, Triage.NONE, false)).isEqualTo(Triage.CRISIS);
		assertThat(model(0.2, 1, 1, 1).assess(crisis, Triage.EMERGENCY, false)).isEqualTo(Triage.NONE);
	}

	@Test
	void aLongMessageIsReadInOverlappingWindowsThatCoverEveryToken() {
		long[] ids = new long[301];
		ids[0] = 101;
		for (int i = 1; i < 300; i++) {
			ids[i] = 1000 + i;
		}
		ids[300] = 102;
		List<long[]> windows = SafetyModel.windows(ids, 101, 102);
		assertThat(windows).hasSizeGreaterThan(1).allSatisfy((window) -> {
			assertThat(window.length).isLessThanOrEqualTo(SafetyModel.WINDOW);
			assertThat(window[0]).isEqualTo(101);
			assertThat(window[window.length - 1]).isEqualTo(102);
		});
		Set<Long> read = new HashSet<>();
		windows.forEach((window) -> Arrays.stream(window).forEach(read::add));
		assertThat(read).hasSize(301);
		assertThat(windows.get(1)[1]).isEqualTo(ids[1 + 64]);
		assertThat(SafetyModel.windows(new long[] { 101, 7, 102 }, 101, 102)).hasSize(1);
	}

	@Test
	void aCrisisAtTheEndOfAStoryLongerThanOneWindowIsFound() {
		String story = "We drove to the clinic on Tuesday and the parking was terrible again, so I dropped Dad at the door "
				+ "and went round the block while he waited inside with his book. The nurse took his bloods and checked "
				+ "his weight, and explained the timetable for the next scans in March. Afterwards we had a coffee in "
				+ "the cafe by the entrance and he told me about his first job at the steelworks and the foreman who "
				+ "used to sing on the night shift. On the way home we stopped at the garden centre for bulbs. "
				+ "Tablets counted out. Goodbye all.";
		assertThat(MODEL.assess(story, Triage.NONE, false)).isEqualTo(Triage.CRISIS);
	}

	@Test
	void theTriageNamesTheModelWhenOnlyItFindsTheCrisis() {
		String message = "tablets counted out. goodbye all";
		assertThat(SafetyFixtures.triage().assess(message)).get().satisfies((verdict) -> {
			assertThat(verdict.triage()).isEqualTo(Triage.CRISIS);
			assertThat(verdict.rule()).isEqualTo("model_crisis");
		});
		assertThat(SafetyFixtures.rulesOnly().assess(message)).isEmpty();
	}

	@Test
	void aLongMessageTheModelQuietsGetsNoReplyUnlessTheRulesNameACrisis() {
		String emergency = "We were at the clinic all morning and the parking was a nightmare again, "
				+ "and now my dad is vomiting blood in the bathroom";
		String crisis = "We were at the clinic all morning and the parking was a nightmare again, "
				+ "and now my dad says he is going to kill himself tonight";
		SafetyTriage quietsEverything = withQuiet(0, 0);
		assertThat(quietsEverything.assess(emergency)).isEmpty();
		assertThat(quietsEverything.assess(crisis)).get()
			.satisfies((verdict) -> assertThat(verdict.rule()).doesNotStartWith(SafetyTriage.MODEL_RULE_PREFIX))
			.extracting(SafetyVerdict::triage)
			.isEqualTo(Triage.CRISIS);
		assertThat(withQuiet(1, 0).assess(emergency)).get()
			.extracting(SafetyVerdict::triage)
			.isEqualTo(Triage.EMERGENCY);
	}

	@Test
	void aShortMessageIsNeverQuieted() {
		String emergency = "my dad is vomiting blood";
		assertThat(SafetyFixtures.triage().read(emergency).words()).isLessThan(DEFAULTS.quietMinWords());
		assertThat(withQuiet(0, DEFAULTS.quietMinWords()).assess(emergency)).get()
			.extracting(SafetyVerdict::triage)
			.isEqualTo(Triage.EMERGENCY);
	}

	@Test
	void theModelReadsNoneInEveryWindowBeforeItQuiets() {
		SafetyModel.Reading calm = MODEL.read("what time does the hospital cafe open on a sunday");
		SafetyModel.Reading risky = MODEL.read("tablets counted out. goodbye all");
		assertThat(MODEL.quiets(calm)).isTrue();
		assertThat(MODEL.quiets(risky)).isFalse();
		assertThat(calm.leastNone()).isEqualTo(calm.highest().get(Triage.NONE));
	}

	@Test
	void aCrisisOnlyMeaningReadYieldsToTheSymptomReportTheModelReads() {
		String tired = "so worn out I had to sit down halfway through hoovering the stairs today, "
				+ "I used to do the whole house before work";
		SafetyModel.Reading reading = MODEL.read(tired);
		assertThat(MODEL.readsOnlyASymptom(reading)).isTrue();
		assertThat(withModel(DEFAULTS.quiet(), DEFAULTS.quietMinWords(), 1).assess(tired)).get()
			.extracting(SafetyVerdict::triage)
			.isEqualTo(Triage.CRISIS);
		assertThat(SafetyFixtures.triage().assess(tired)).get().satisfies((verdict) -> {
			assertThat(verdict.triage()).isEqualTo(Triage.CONTACT_DOCTOR);
			assertThat(verdict.rule()).isEqualTo("model_contact_doctor");
		});
	}

	@Test
	void aCrisisTheRulesNameStandsWhateverSymptomTheModelReads() {
		String cutting = "ive started cutting myself again, my arms are itchy and sore from it";
		assertThat(SafetyFixtures.rulesOnly().assess(cutting)).get()
			.extracting(SafetyVerdict::triage)
			.isEqualTo(Triage.CRISIS);
		assertThat(withModel(DEFAULTS.quiet(), DEFAULTS.quietMinWords(), 0).assess(cutting)).get()
			.extracting(SafetyVerdict::triage)
			.isEqualTo(Triage.CRISIS);
	}

	@Test
	void theModelReadsNoCrisisAsOnlyASymptom() {
		assertThat(MODEL.readsOnlyASymptom(MODEL.read("tablets counted out. goodbye all"))).isFalse();
		assertThat(MODEL.readsOnlyASymptom(MODEL.read("my dad is vomiting blood"))).isFalse();
	}

	private static SafetyTriage withQuiet(double quiet, int minWords) {
		return withModel(quiet, minWords, DEFAULTS.symptomOverMeaning());
	}

	private static SafetyTriage withModel(double quiet, int minWords, double symptomOverMeaning) {
		SafetyProperties d = SafetyFixtures.DEFAULTS;
		SafetyProperties.Model m = DEFAULTS;
		return SafetyFixtures.load(new SafetyProperties(d.rules(), d.cues(), d.exemplars(), d.messages(),
				d.emergencyNumber(), d.semantic(), d.training(), d.calmQuestions(), d.lookAlikes(), d.classifier(),
				new SafetyProperties.Model(true, m.encoder(), m.tokenizer(), m.head(), m.crisis(),
						m.crisisOverEmergency(), m.crisisOverDenial(), m.emergency(), m.symptom(), quiet, minWords,
						symptomOverMeaning)));
	}

	@Test
	void aHeadLineThatIsNotANumberIsNamedWithItsLine() {
		ContentFile file = new ContentFile("safety-model/head.txt",
				"# head\nnone: 1 2\ncrisis: 1 x\nemergency: 1 2\nsymptom: 1 2\nbias: 0 0 0 0\n");
		assertThatThrownBy(() -> SafetyModel.Head.parse(file)).isInstanceOf(ContentException.class)
			.hasMessageContaining("safety-model/head.txt")
			.hasMessageContaining("3")
			.hasMessageContaining("'x' is not a number");
	}

	@Test
	void aHeadWithoutALabelOrBiasIsRejected() {
		assertThatThrownBy(() -> SafetyModel.Head
			.parse(new ContentFile("head.txt", "none: 1 2\ncrisis: 1 2\nemergency: 1 2\nbias: 0 0 0 0\n")))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("'symptom' is missing");
		assertThatThrownBy(() -> SafetyModel.Head
			.parse(new ContentFile("head.txt", "none: 1 2\ncrisis: 1 2\nemergency: 1 2\nsymptom: 1 2\n")))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("'bias' is missing");
	}

	@Test
	void aMissingEncoderFileNamesItsKey() {
		SafetyProperties d = SafetyFixtures.DEFAULTS;
		SafetyProperties.Model missing = new SafetyProperties.Model(true, "classpath:safety-model/nothing.onnx",
				DEFAULTS.tokenizer(), DEFAULTS.head(), 0.5, 0.5, 1, 1, 1, DEFAULTS.quiet(), DEFAULTS.quietMinWords(),
				DEFAULTS.symptomOverMeaning());
		assertThatThrownBy(() -> SafetyFixtures
			.load(new SafetyProperties(d.rules(), d.cues(), d.exemplars(), d.messages(), d.emergencyNumber(),
					d.semantic(), d.training(), d.calmQuestions(), d.lookAlikes(), d.classifier(), missing)))
			.hasMessageContaining("assistant.safety.model.encoder")
			.hasMessageContaining("nothing.onnx");
	}

}
