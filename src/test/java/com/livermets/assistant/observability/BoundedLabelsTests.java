package com.livermets.assistant.observability;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedLabelsTests {

	@Test
	void keepsKnownNamesAndTurnsTextIntoOther() {
		BoundedLabels labels = new BoundedLabels(Set.of("definition", "fallback"), 2);
		assertThat(labels.label("definition")).isEqualTo("definition");
		assertThat(labels.label(null)).isEqualTo("none");
		assertThat(labels.label("what are liver mets")).isEqualTo("other");
		assertThat(labels.label("+14155550199")).isEqualTo("other");
		assertThat(labels.label("Upper-Case")).isEqualTo("other");
	}

	@Test
	void admitsOnlyAFewUnknownIdentifiers() {
		BoundedLabels labels = new BoundedLabels(Set.of(), 2);
		assertThat(labels.label("chest_pain")).isEqualTo("chest_pain");
		assertThat(labels.label("self_harm")).isEqualTo("self_harm");
		assertThat(labels.label("third_rule")).isEqualTo("other");
		assertThat(labels.label("chest_pain")).isEqualTo("chest_pain");
	}

}
