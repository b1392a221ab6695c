package com.livermets.assistant.nlu;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SentenceEmbeddingsTests {

	private final SentenceEmbeddings embeddings = SentenceEmbeddings.of(List.of("all-minilm-l6-v2"));

	@Test
	void aMessageWordedExactlyLikeAnExampleReusesTheExamplesVector() {
		float[] example = this.embeddings.example("what are liver metastases");
		assertThat(this.embeddings.message("what are liver metastases")).isSameAs(example);
	}

	@Test
	void aNewMessageIsEmbeddedAsAnExampleWouldBe() {
		String text = "a sentence that no example holds, number " + System.nanoTime();
		assertThat(this.embeddings.message(text)).containsExactly(this.embeddings.embed(text), within(1e-6f));
	}

}
