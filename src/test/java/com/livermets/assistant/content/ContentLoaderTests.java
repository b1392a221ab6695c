package com.livermets.assistant.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A broken content file must stop loading with {@code file:line: what is wrong}. */
class ContentLoaderTests {

	@TempDir
	Path folder;

	@BeforeEach
	void writeValidContent() throws IOException {
		write("source.txt", "The liver is the largest organ inside your body. It makes bile.\n");
		write("intents/anatomy.txt", "# about the liver\nhow big is the liver\nwhere is the liver\n");
		write("intents/greeting.txt", "hello\nhi there\n");
		write("responses/anatomy.txt", """
				kind: answer
				title: How big is the liver?
				short: The liver is the largest organ inside your body.
				source: The liver is the largest organ inside your body.
				follow-up: greeting
				""");
		write("responses/greeting.txt", """
				kind: smalltalk
				title: Hello
				short: Hello! Ask me about the liver.
				""");
	}

	@Test
	void loadsValidContent() {
		Content content = load();
		assertThat(content.examples()).containsKeys("anatomy", "greeting");
		assertThat(content.examples().get("anatomy")).containsExactly("how big is the liver", "where is the liver");
		Response anatomy = content.response("anatomy");
		assertThat(anatomy.kind()).isEqualTo(ResponseKind.ANSWER);
		assertThat(anatomy.sources()).extracting(SourcePassage::passage)
			.containsExactly("The liver is the largest organ inside your body.");
		assertThat(anatomy.followUps()).containsExactly("greeting");
	}

	@Test
	void aSubjectIsReadAndIsOptional() throws IOException {
		assertThat(load().response("anatomy").subject()).isNull();
		write("responses/anatomy.txt", """
				kind: answer
				title: How big is the liver?
				subject: the liver
				short: The liver is the largest organ inside your body.
				source: The liver is the largest organ inside your body.
				follow-up: greeting
				""");
		assertThat(load().response("anatomy").subject()).isEqualTo("the liver");
	}

	@Test
	void passageNotInTheSourceNamesFileAndLine() throws IOException {
		write("responses/anatomy.txt", """
				kind: answer
				title: How big is the liver?
				short: The liver is huge.
				source: The liver is the biggest organ.
				follow-up: greeting
				""");
		assertFails("responses/anatomy.txt:4: source passage is not verbatim");
	}

	@Test
	void unknownKeyNamesFileAndLine() throws IOException {
		write("responses/greeting.txt", "kind: smalltalk\ntitle: Hello\n\nshort: Hi\nsauce: yes\n");
		assertFails("responses/greeting.txt:5: unknown key 'sauce'");
	}

	@Test
	void lineWithoutKeyNamesFileAndLine() throws IOException {
		write("responses/greeting.txt", "kind: smalltalk\ntitle: Hello\nshort: Hi\njust some text\n");
		assertFails("responses/greeting.txt:4: expected 'key: value'");
	}

	@Test
	void tooLongShortReplyNamesFileAndLine() throws IOException {
		write("responses/greeting.txt", "kind: smalltalk\ntitle: Hello\nshort: " + "a".repeat(221) + "\n");
		assertFails("responses/greeting.txt:3: short reply has 221 characters");
	}

	@Test
	void unknownKindNamesFileAndLine() throws IOException {
		write("responses/greeting.txt", "kind: chitchat\ntitle: Hello\nshort: Hi\n");
		assertFails("responses/greeting.txt:1: kind must be answer, smalltalk or cannot_answer");
	}

	@Test
	void smalltalkMayNotCiteSources() throws IOException {
		write("responses/greeting.txt",
				"kind: smalltalk\ntitle: Hello\nshort: Hi\nsource: The liver is the largest organ inside your body.\n");
		assertFails("responses/greeting.txt:4: only kind 'answer' may cite sources");
	}

	@Test
	void answerWithoutSourceIsRejected() throws IOException {
		write("responses/anatomy.txt", "kind: answer\ntitle: How big?\nshort: Big.\nfollow-up: greeting\n");
		assertFails("responses/anatomy.txt:4: an answer must cite at least one 'source:' passage");
	}

	@Test
	void followUpToUnknownIntentNamesItsLine() throws IOException {
		write("responses/anatomy.txt", """
				kind: answer
				title: How big is the liver?
				short: The liver is the largest organ inside your body.
				source: The liver is the largest organ inside your body.
				follow-up: nowhere
				""");
		assertFails("responses/anatomy.txt:5: follow-up 'nowhere' is not an intent");
	}

	@Test
	void otherOneThatIsNoOtherIntentIsRejected() throws IOException {
		write("responses/anatomy.txt", """
				kind: answer
				title: How big is the liver?
				short: The liver is the largest organ inside your body.
				source: The liver is the largest organ inside your body.
				follow-up: greeting
				other: anatomy
				""");
		assertFails("responses/anatomy.txt:1: other: 'anatomy' is not another intent");
	}

	@Test
	void duplicateExampleAcrossIntentsNamesBothPlaces() throws IOException {
		write("intents/greeting.txt", "hello\n\nWhere is the liver\n");
		assertFails("intents/greeting.txt:3: example 'Where is the liver' already appears at intents/anatomy.txt:3");
	}

	@Test
	void intentWithoutResponseIsRejected() throws IOException {
		write("intents/goodbye.txt", "bye\nsee you\n");
		assertFails("intents/goodbye.txt:1: intent has no response file responses/goodbye.txt");
	}

	@Test
	void responseWithoutIntentIsRejected() throws IOException {
		write("responses/goodbye.txt", "kind: smalltalk\ntitle: Bye\nshort: Goodbye.\n");
		assertFails("responses/goodbye.txt:1: response has no intent file intents/goodbye.txt");
	}

	@Test
	void tooFewExamplesIsRejected() throws IOException {
		write("intents/greeting.txt", "# only one\nhello\n");
		assertFails("intents/greeting.txt:2: has 1 example questions; at least 2 are needed");
	}

	@Test
	void badFileNameIsRejected() throws IOException {
		write("intents/Big-Liver.txt", "a\nb\n");
		assertFails("intents/Big-Liver.txt:1: file name 'Big-Liver' must be an intent id");
	}

	@Test
	void missingRequiredKeyIsRejected() throws IOException {
		write("responses/greeting.txt", "kind: smalltalk\nshort: Hi\n");
		assertFails("responses/greeting.txt:2: missing 'title:'");
	}

	@Test
	void duplicateTitleIsRejected() throws IOException {
		write("responses/greeting.txt", "kind: smalltalk\ntitle: How big is the liver?\nshort: Hi\n");
		assertFails("responses/greeting.txt:1: title is the same as the title of 'anatomy'");
	}

	private Content load() {
		return new ContentLoader(new DefaultResourceLoader(), ContentFixtures.at(this.folder.toString())).load();
	}

	private void assertFails(String expectedStart) {
		assertThatThrownBy(this::load).isInstanceOf(ContentException.class).hasMessageStartingWith(expectedStart);
	}

	private void write(String name, String text) throws IOException {
		Path path = this.folder.resolve(name);
		Files.createDirectories(path.getParent());
		Files.writeString(path, text, StandardCharsets.UTF_8);
	}

}
