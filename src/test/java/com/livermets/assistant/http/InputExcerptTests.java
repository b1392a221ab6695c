package com.livermets.assistant.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputExcerptTests {

	@Test
	void shortInputIsKeptWithMarkupAndInvisibleCharactersEscaped() {
		assertThat(InputExcerpt.of("<b>hi</b>\u202E\u200B"))
			.isEqualTo("\\u003cb\\u003ehi\\u003c/b\\u003e\\u202e\\u200b");
	}

	@Test
	void longInputIsCutToAnExcerptThatSaysHowLongItWas() {
		assertThat(InputExcerpt.of("a".repeat(3000))).isEqualTo("a".repeat(40) + "... (3000 characters)");
	}

	@Test
	void aParserMessageKeepsItsWordsButOnlyExcerptsOfWhatItQuotes() {
		String value = "<script>".repeat(375);
		String hapi = "HAPI-1821: [element=\"status\"] Invalid attribute value \"" + value
				+ "\": Unknown CommunicationStatus code '" + value + "'";

		String detail = InputExcerpt.quoting(hapi);

		assertThat(detail).startsWith("HAPI-1821: [element=\"status\"] Invalid attribute value \"\\u003cscript")
			.contains("(3000 characters)")
			.doesNotContain("<")
			.hasSizeLessThanOrEqualTo(InputExcerpt.MAX_DETAIL + 3);
	}

}
