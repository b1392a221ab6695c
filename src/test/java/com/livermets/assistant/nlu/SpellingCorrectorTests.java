package com.livermets.assistant.nlu;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingCorrectorTests {

	private final SpellingCorrector corrector = new SpellingCorrector(Map.of("metastases", 20, "treatment", 12,
			"spread", 8, "liver", 30, "scan", 5, "chemotherapy", 4, "what", 40, "at", 9, "tumor", 6, "tumors", 2));

	@Test
	void correctsOneEditInShortWordsAndTwoInLongOnes() {
		assertThat(this.corrector.correct("spred")).isEqualTo("spread");
		assertThat(this.corrector.correct("livr")).isEqualTo("liver");
		assertThat(this.corrector.correct("tratment")).isEqualTo("treatment");
		assertThat(this.corrector.correct("metastatses")).isEqualTo("metastases");
		assertThat(this.corrector.correct("chemotheraphy")).isEqualTo("chemotherapy");
	}

	@Test
	void countsATranspositionAsOneEdit() {
		assertThat(this.corrector.correct("lievr")).isEqualTo("liver");
		assertThat(SpellingCorrector.distance("liver", "lievr", 3)).isEqualTo(1);
	}

	@Test
	void prefersTheMoreFrequentWordOnATie() {
		// one edit from both "tumor" (6 uses) and "tumors" (2 uses)
		assertThat(this.corrector.correct("tumorz")).isEqualTo("tumor");
	}

	@Test
	void leavesNumbersAbbreviationsAndShortWordsAlone() {
		assertThat(this.corrector.correct("5")).isEqualTo("5");
		assertThat(this.corrector.correct("2024")).isEqualTo("2024");
		assertThat(this.corrector.correct("covid19")).isEqualTo("covid19");
		assertThat(this.corrector.correct("ct")).isEqualTo("ct");
		assertThat(this.corrector.correct("mri")).isEqualTo("mri");
		assertThat(this.corrector.correct("hai")).isEqualTo("hai");
		assertThat(this.corrector.correct("tace")).isEqualTo("tace");
		assertThat(this.corrector.correct("wat")).isEqualTo("wat");
	}

	@Test
	void leavesKnownAndFarAwayWordsAlone() {
		assertThat(this.corrector.correct("liver")).isEqualTo("liver");
		assertThat(this.corrector.correct("pizza")).isEqualTo("pizza");
		assertThat(this.corrector.correct("weather")).isEqualTo("weather");
	}

	@Test
	void stopsEarlyOnceTheBudgetIsExceeded() {
		assertThat(SpellingCorrector.distance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
	}

}
