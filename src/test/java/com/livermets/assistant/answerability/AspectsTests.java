package com.livermets.assistant.answerability;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentLoader;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped aspect file: what each aspect catches, what it must leave alone, and the
 * honest wording.
 */
class AspectsTests {

	private static Aspects aspects;

	private final TextNormalizer normalizer = new TextNormalizer(ShorthandLexicon.empty());

	@BeforeAll
	static void load() {
		Content content = new ContentLoader(new DefaultResourceLoader(), new ContentProperties("classpath:intents/",
				"classpath:responses/", "classpath:source/liver-metastases.txt", "Source", 5))
			.load();
		aspects = Aspects.read(new DefaultResourceLoader(), "classpath:" + Aspects.FILE, content);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			what side effects does embolization have            | side_effects
			is embolisation risky                               | side_effects
			how many sessions of ablation will I need           | sessions
			how long does an ablation procedure take            | duration
			how long is the recovery after embolization         | recovery
			when can he go back to work after the ablation      | recovery
			will insurance cover hepatic arterial chemotherapy  | cost
			how much does genetic testing cost                  | cost
			who pays the hospital bill for the ablation         | cost
			is this hereditary, will my children get it         | heredity
			does this mean i will get it too, is it in the family | heredity
			does that mean i need testing too                   | heredity
			where can I get ablation near me                    | where
			which hospital does embolization                    | where
			what are his chances of surviving this              | survival
			ablation or embolization, which is better for me    | comparison
			is she too old for embolization                     | eligibility
			what foods should he avoid during chemo             | diet
			and which of the two is harder to treat             | treatability
			is it stage 4 once it reaches the liver             | stage
			how long has my mum got left                        | life_expectancy
			can it be cured                                     | cure
			and which one has better chances, tell me the truth  | survival
			if they take it out what are the odds it comes back   | recurrence
			what drug is it they put in                           | medicines
			and from bone cancer                                  | unlisted_primary
			is there counselling in polish for me                 | languages
			will he get them in the lungs next                    | onward_spread
			how long will he be aff work after the ablation      | recovery
			does that mean the weans could get it                | heredity
			will the test tell me if i will get cancer myself    | heredity
			will the treatment help her live longer              | life_expectancy
			is the scanner loud, i do not like tight spaces      | pain
			is herceptin any use for the liver spots             | medicines
			whit aboot thyroid                                   | unlisted_primary
			or will we have to go all the way to leeds for it    | where
			and for lung cancer what percent                     | other_figures
			which genes do they look for, kras                   | genes
			if braf is there what drug would she get             | genes
			her cea has gone up, what does it mean               | markers
			and in kenya, is it the same there                   | other_countries
			will it come back after they remove the spots        | recurrence
			how long do folk usually have                        | life_expectancy
			does ablation hurt                                  | pain
			will he be awake during embolization                | pain
			how successful is ablation                          | success
			can the liver grow back after surgery               | regrowth
			how long is the wait for an mri                     | wait
			how long we wait for the result of the gene test    | wait
			does the chemo make your hair fall out              | side_effects
			how quickly do the tumours in the liver grow        | growth
			can prostate cancer spread to the liver             | unlisted_primary
			does lymphoma ever go to the liver                  | unlisted_primary
			where in our town can we get embolization done      | where
			is there a carers group that meets here in leeds specifically | local_support
			can liver mets spread to the lungs                  | onward_spread
			what about prostate cancer                          | unlisted_primary
			my dad has bladder cancer, can it go to his liver   | unlisted_primary
			once it is in the liver where does it go next       | onward_spread
			how many radiofrequency ablation treatments is usual | sessions
			what are the criteria for having the liver surgery  | eligibility
			how many spots are too many for an operation        | eligibility
			where we can have the tumour test done in lisbon    | where
			does the liver regrow once a piece is removed       | regrowth
			which drugs are given through the liver artery      | medicines
			and in canada?                                      | other_countries
			is it the same here in ireland or just over there   | other_countries
			how soon do the scan results come back              | results_wait
			how long does it take to get the results back       | results_wait
			is ablation or embolization better for her          | comparison
			at what temperature do they burn the tumour         | technique
			what are the beads they inject made of              | technique
			where is segment four on the scan                   | segments
			will the scan show whether my grandkids will get it | heredity
			could my brother have a risk of getting bowel cancer too | heredity
			and in mexico, same thing?                          | other_countries
			is an mri better than a ct for finding them         | comparison
			which scan is best for him, ultrasound or ct        | comparison
			and how long's she got, roughly                     | life_expectancy
			is bowel cancer in the family, should we be getting screened too | heredity
			could it show up somewhere else later, like her lungs | onward_spread
			and bladder? that is what my uncle has              | unlisted_primary
			are the figures similar for thyroid                 | unlisted_primary
			and prostate?                                       | unlisted_primary
			what about thyroid, which is hers                   | unlisted_primary
			will the tumours come back once they are destroyed  | recurrence
			is relapse common after embolization                | recurrence
			would the test tell if we will get it too           | heredity
			could the test show if she is going to get it too   | heredity
			would it be worse having the tumours in the left lobe | comparison
			does that mean i have the gene too                  | heredity
			is it passed down                                   | heredity
			this mean our children also must do test?           | heredity
			does that mean i ought to be tested as well         | heredity
			so does that mean me kids will get it               | heredity
			does it mean me and my sister carry the same gene   | heredity
			does that mean i could get it too                   | heredity
			""")
	void eachAspectIsRecognised(String question, String aspect) {
		assertThat(aspects.askedIn(normalize(question)))
			.hasValueSatisfying((found) -> assertThat(found.id()).isEqualTo(aspect));
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is ablation", "how is embolization done", "what are liver metastases",
			"how many people with colorectal cancer get liver metastases", "where is the liver",
			"where do liver metastases come from", "what does the liver do", "who treats liver metastases",
			"what imaging tests are used to guide treatment", "why does colon cancer spread to the liver",
			"is there support for my family", "how are liver metastases treated", "how fast does it spread",
			"what does the liver actually do all day", "how does blood go from the gut to the liver",
			"my dad has prostate cancer and liver mets what is ablation",
			"mum has breast cancer, can it go to her liver", "what medicines are there for liver metastases",
			"where do the cancers that reach the liver start",
			"is the aim of the treatment to cure him or just to help",
			"what is the objective of the treatment, is it to cure her or what",
			"what are they trying to achieve at his age", "what is the aim of the treatment at this stage",
			"is there support for everyone in the family", "i have cancer in the lung, can it really go to the liver",
			"the scan with the dye and the other one in the noisy tube, which scans guide the treatment",
			"is there a better chance of an appointment on a monday",
			"nan is worried it means they think it is in the family why do they test the tumour",
			"i do not want a big operation at my age are there less invasive ways to treat it",
			"my neighbour bill told me the liver is the biggest organ is that right",
			"does cancer of the food pipe spread to the liver", "my son lives in canada, what is ablation",
			"and the other one where they burn it out with a needle, rfa",
			"what do the scan results show about the liver",
			"the results should take two weeks, what is the tumour test for and how does it help",
			"which symptoms would he get from the liver metastases" })
	void questionsThePageAnswersAskNoAspect(String question) {
		assertThat(aspects.askedIn(normalize(question))).isEmpty();
	}

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource(delimiter = '|', textBlock = """
			how long after colon cancer can liver metastases appear   | timing
			how often does colorectal cancer spread to the liver      | colorectal_risk
			what is the risk that bowel cancer spreads to the liver   | colorectal_risk
			""")
	void anAspectThePageAnswersForTheTopicIsNoGap(String question, String intent) {
		assertThat(aspects.gap(normalize(question), intent)).isEmpty();
	}

	@Test
	void theReplyNamesTheAspectAndTheTopicAndSendsToTheCareTeam() {
		Aspect sideEffects = aspects.askedIn(normalize("side effects of embolization")).orElseThrow();

		assertThat(aspects.reply(sideEffects, "embolization"))
			.isEqualTo("The page I draw on does not say what the side effects or risks are for embolization; your care "
					+ "team can tell you.");
	}

	@Test
	void anAspectThatNamesItsTopicReadsWithTheTopicInside() {
		Aspect where = aspects.askedIn(normalize("where can I get ablation near me")).orElseThrow();

		assertThat(aspects.reply(where, "ablation"))
			.startsWith("The page I draw on does not say where ablation is offered;");
		assertThat(aspects.reply(where, "definition")).as("a topic without a name")
			.startsWith("The page I draw on does not say where it is offered;");
	}

	@Test
	void aGeneralAspectNeverNamesTheTopic() {
		Aspect heredity = aspects.askedIn(normalize("is it hereditary")).orElseThrow();

		assertThat(aspects.reply(heredity, "genetic_testing"))
			.isEqualTo("The page I draw on does not say whether it runs in families; your care team can tell you.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			embolization. what is it, and how many sessions do people need | true
			what exactly is ablation and what is the success rate          | true
			what does it involve and how long is the recovery              | true
			what are they hoping to achieve with it                        | false
			what is the success rate of ablation                           | false
			what is it like to have an ablation                            | false
			""")
	void aQuestionThatAlsoAsksWhatItsTopicIsIsRecognised(String question, boolean asks) {
		assertThat(aspects.asksWhatItIs(normalize(question))).as(question).isEqualTo(asks);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			what are the odds ablation actually gets rid of it           | success
			what are the odds that someone with bowel cancer gets it in the liver | none
			my wife is taking this worse than I am, is there any support for the family | none
			is radioembolization better than normal chemo                  | comparison
			""")
	void oddsAndComparisonsAreAspectsOnlyWhenTheyWeighATreatment(String question, String aspect) {
		assertThat(aspects.askedIn(normalize(question)).map(Aspect::id).orElse("none")).isEqualTo(aspect);
	}

	private NormalizedText normalize(String text) {
		return this.normalizer.normalize(text);
	}

}
