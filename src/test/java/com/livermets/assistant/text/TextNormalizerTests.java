package com.livermets.assistant.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TextNormalizerTests {

	private final TextNormalizer normalizer = new TextNormalizer(ShorthandLexicon.parse(new ContentFile("lexicon",
			"mets => metastases\nwat => what\nr => are\ntx => treatment\nliver secondaries => liver metastases\n"
					+ "ca => cancer\ntumour => tumor\n")));

	@Test
	void expandsShorthandAndChatSpelling() {
		assertThat(this.normalizer.normalize("wat r liver mets").text()).isEqualTo("what are liver metastases");
		assertThat(this.normalizer.normalize("tx options?").text()).isEqualTo("treatment options");
		assertThat(this.normalizer.normalize("Liver secondaries").text()).isEqualTo("liver metastases");
	}

	@Test
	void foldsCasePossessivesContractionsAndLookAlikes() {
		assertThat(this.normalizer.normalize("My MOM\u2019s scan said metastases, what's that").tokens())
			.containsExactly("my", "mom", "scan", "said", "metastases", "what", "is", "that");
		assertThat(this.normalizer.normalize("I don't know").text()).isEqualTo("i do not know");
		assertThat(this.normalizer.normalize("ｌｉｖｅｒ\u200b ＣＡ").text()).isEqualTo("liver cancer");
	}

	@Test
	void readsTheNorthernArticleAsTheNotAsPartOfTheWord() {
		assertThat(this.normalizer.normalize("all t'morphine in t'kitchen's drawer").tokens()).containsExactly("all",
				"the", "morphine", "in", "the", "kitchen", "drawer");
		assertThat(this.normalizer.normalize("one way or t'other, t' end").tokens()).containsExactly("one", "way", "or",
				"the", "other", "t", "end");
	}

	@Test
	void theShippedLexiconReadsHomeWordsAsTheQuestionsSayThem() throws IOException {
		// "what about for Mama?" alone sat nearer "bye bye" than any question
		String lexicon;
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("intents/lexicon/shorthand.txt")) {
			lexicon = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		TextNormalizer shipped = new TextNormalizer(
				ShorthandLexicon.parse(new ContentFile("intents/lexicon/shorthand.txt", lexicon)));

		assertThat(shipped.normalize("what about for Mama? and my momma").text())
			.isEqualTo("what about for mom and my mom");
		// a word misheard, and the Scots for "know"
		assertThat(shipped.normalize("what is the ablution, how would i ken").text())
			.isEqualTo("what is the ablation how would i know");
	}

	@Test
	void keepsNumbersAndAbbreviations() {
		assertThat(this.normalizer.normalize("5 year survival, CT or MRI? 70%").tokens()).containsExactly("5", "year",
				"survival", "ct", "or", "mri", "70", "percent");
	}

	@Test
	void blankOrPunctuationOnlyIsEmpty() {
		assertThat(this.normalizer.normalize("   ").isEmpty()).isTrue();
		assertThat(this.normalizer.normalize(null).isEmpty()).isTrue();
		assertThat(this.normalizer.normalize("?!?!").tokens()).isEqualTo(List.of());
	}

	@Test
	void lexiconErrorsNameTheLine() {
		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ShorthandLexicon.parse(new ContentFile("lex.txt", "# c\nmets metastases\n")))
			.withMessageContaining("lex.txt:2");
	}

}
