package com.livermets.assistant.answerability;

import java.util.List;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.ContentLoader;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.text.NormalizedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every mistake in the aspect or instruction file stops the start with the file and line.
 */
class AspectFileTests {

	private static final String HEAD = """
			reply: The page does not say {aspect} for {topic}.
			reply-general: The page does not say {aspect}.
			topic: ablation = ablation
			""";

	private static Content content;

	@BeforeAll
	static void load() {
		content = new ContentLoader(new DefaultResourceLoader(), new ContentProperties("classpath:intents/",
				"classpath:responses/", "classpath:source/liver-metastases.txt", "Source", 5))
			.load();
	}

	@Test
	void aValidFileParses() {
		Aspects aspects = parse(HEAD + "aspect: cost\nsays: what it costs\ncue: \\bcost\\b\ncovered: origin\n");

		assertThat(aspects.all()).singleElement().satisfies((aspect) -> {
			assertThat(aspect.id()).isEqualTo("cost");
			assertThat(aspect.isCoveredFor("origin")).isTrue();
			assertThat(aspect.isCoveredFor("ablation")).isFalse();
		});
	}

	@Test
	void aWordListIsOneGroupWhereverACueUsesIt() {
		Aspects aspects = parse(HEAD + "words: @country = canada|new zealand\naspect: other_countries\n"
				+ "says: how it is elsewhere\ncue: \\bin @country\\b\n");

		assertThat(aspects.all()).singleElement().satisfies((aspect) -> {
			assertThat(aspect.cues()).singleElement().hasToString("\\bin (canada|new zealand)\\b");
		});
	}

	@Test
	void aNameIsACueInTheQuestionAndAlsoInTheStatementAQuestionPointsBackTo() {
		Aspects aspects = parse(HEAD + "aspect: medicines\nsays: which medicines are used\nnames: \\bfolfox\\b\n");

		assertThat(aspects.askedIn(text("does folfox work"))).isPresent();
		assertThat(aspects.namedIn(text("the oncologist said something about folfox"))).map(Aspect::id)
			.contains("medicines");
		assertThat(aspects.namedIn(text("the oncologist said something about surgery"))).isEmpty();
	}

	@Test
	void anUnknownWordListNamesItsLine() {
		assertThatThrownBy(() -> parse(HEAD + "aspect: other_countries\nsays: how it is elsewhere\ncue: in @country\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("responses/aspects/aspects.txt:6: unknown word list '@country'");
		assertThatThrownBy(() -> parse(HEAD + "words: @country = (canada\n")).isInstanceOf(ContentException.class)
			.hasMessageStartingWith("responses/aspects/aspects.txt:4: not a regular expression");
	}

	@Test
	void aBrokenCueNamesItsLine() {
		assertThatThrownBy(() -> parse(HEAD + "aspect: cost\nsays: what it costs\ncue: (cost\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("responses/aspects/aspects.txt:6: not a regular expression");
	}

	@Test
	void aTopicThatIsNoIntentNamesItsLine() {
		assertThatThrownBy(() -> parse("reply: {aspect} {topic}\nreply-general: {aspect}\ntopic: surgery = surgery\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("responses/aspects/aspects.txt:3: 'surgery' is not an intent");
	}

	@Test
	void anAspectCannotBeCoveredByAReplyThatIsNotFromThePage() {
		assertThatThrownBy(
				() -> parse(HEAD + "aspect: cost\nsays: what it costs\ncue: cost\ncovered: cost_insurance\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("responses/aspects/aspects.txt:7: 'cost_insurance' is not an answer");
	}

	@Test
	void anUnknownKeyNamesItsLine() {
		assertThatThrownBy(() -> parse(HEAD + "aspect: cost\nsays: what it costs\ncues: cost\n"))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("responses/aspects/aspects.txt:6: unknown key 'cues'");
	}

	@Test
	void anAspectWithoutCueNamesWhereItStarts() {
		assertThatThrownBy(() -> parse(HEAD + "aspect: cost\nsays: what it costs\naspect: stage\nsays: x\ncue: y\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("responses/aspects/aspects.txt:4: aspect 'cost' has no 'cue:' or 'names:'");
	}

	@Test
	void aReplyWithoutItsPlaceholdersIsRefused() {
		assertThatThrownBy(() -> parse("reply: The page does not say it.\n")).isInstanceOf(ContentException.class)
			.hasMessage("responses/aspects/aspects.txt:1: 'reply' must hold {aspect} and {topic}");
	}

	@Test
	void aBrokenInstructionPatternNamesItsLine() {
		assertThatThrownBy(() -> Instructions
			.parse(new ContentFile("intents/out-of-scope/instructions.txt", "# rules\n\\bpretend\\b\n[unclosed\n")))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("intents/out-of-scope/instructions.txt:3: not a regular expression");
	}

	private static Aspects parse(String text) {
		return AspectFile.parse(new ContentFile(Aspects.FILE, text), content);
	}

	private static NormalizedText text(String normalized) {
		return new NormalizedText(normalized, List.of(normalized.split(" ")));
	}

}
