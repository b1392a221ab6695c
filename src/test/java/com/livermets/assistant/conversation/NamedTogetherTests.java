package com.livermets.assistant.conversation;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentLoader;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two subjects named side by side, read against the shipped responses.
 */
class NamedTogetherTests {

	private static final TextNormalizer NORMALIZER = new TextNormalizer(ShorthandLexicon.empty());

	private static NamedTogether namedTogether;

	@BeforeAll
	static void load() {
		Content content = new ContentLoader(new DefaultResourceLoader(), new ContentProperties("classpath:intents/",
				"classpath:responses/", "classpath:source/liver-metastases.txt", "Source", 5))
			.load();
		namedTogether = new NamedTogether(content, NORMALIZER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "what do ablation and embolization do",
			"they mentioned ablation and embolization at the appointment, what are they",
			"embolization and ablation, are both of them ways to go after the spots" })
	void ablationAndEmbolizationGetTheSnippetThatNamesBoth(String question) {
		assertThat(namedTogether.read(NORMALIZER.normalize(question))).hasValueSatisfying((reply) -> {
			assertThat(reply.kind()).isEqualTo(Resolution.Kind.ANSWER);
			// ablation offers minimally invasive treatments as a follow-up; the overview
			// names both too, but says more than was asked
			assertThat(reply.intent()).isEqualTo("minimally_invasive");
		});
	}

	@Test
	void aSubjectOfSeveralWordsIsNamedInFull() {
		// hepatic arterial chemotherapy offers the overview, which names ablation too
		assertThat(
				namedTogether.read(NORMALIZER.normalize("hepatic arterial chemotherapy and ablation, what are they")))
			.hasValueSatisfying((reply) -> assertThat(reply.intent()).isEqualTo("treatment_overview"));
		assertThat(namedTogether.read(NORMALIZER.normalize("arterial chemotherapy and ablation"))).isEmpty();
	}

	@Test
	void aSubjectNamedTwiceIsReadWhereItIsJoined() {
		assertThat(
				namedTogether.read(NORMALIZER.normalize("they said ablation, so what are ablation and embolization")))
			.hasValueSatisfying((reply) -> assertThat(reply.intent()).isEqualTo("minimally_invasive"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is ablation", "ablation or embolization", "is ablation and then surgery usual",
			"what are the liver and its lobes", "ablation, and what about the liver" })
	void anythingElseIsLeftToTheClassifier(String question) {
		assertThat(namedTogether.read(NORMALIZER.normalize(question))).isEmpty();
	}

}
