package com.livermets.assistant.safety;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typo tolerance: one slip on longer words, swapped letters on four-letter words, never a
 * real English word.
 */
class TermTests {

	private static final Predicate<String> REAL_WORDS = EnglishWords.load();

	@ParameterizedTest(name = "{1} matches {0}")
	@CsvSource({ "vomit*, vomitting", "vomit*, vommiting", "vomit*, vomting", "bleed*, bleading", "suicid*, sucide",
			"suicid*, suicidal", "breath*, breath", "breath*, breathe", "breath*, brething", "pain, pian",
			"chest, chets", "chest, chst", "seiz*, siezure", "fever, feaver", "stool*, stools", "=kms, kms" })
	void typoOrInflectionMatches(String term, String token) {
		assertThat(parse(term).matches(token, REAL_WORDS)).isTrue();
	}

	@ParameterizedTest(name = "{1} does not match {0}")
	@CsvSource({ "fever, fewer", "fever, never", "faint*, painting", "stool, stood", "pain, pan", "pain, gain",
			"=kms, kmz", "blood, blue", "breath*, breast", "lump, limp", "od, on", "tired*, tried", "tired, tire",
			"faint*, feint", "bleed*, breed", "chest, chess", "cough, couch" })
	void realWordsAndOtherWordsDoNotMatch(String term, String token) {
		assertThat(parse(term).matches(token, REAL_WORDS)).isFalse();
	}

	@Test
	void distanceOfOneCountsOneEdit() {
		assertThat(Term.distanceAtMostOne("bleeding", "bleading")).isTrue();
		assertThat(Term.distanceAtMostOne("sucide", "suicide")).isTrue();
		assertThat(Term.distanceAtMostOne("breathe", "breath")).isTrue();
		assertThat(Term.distanceAtMostOne("seziure", "seizure")).isTrue();
		assertThat(Term.distanceAtMostOne("sezuire", "seizure")).isFalse();
		assertThat(Term.distanceAtMostOne("bread", "breath")).isFalse();
	}

	private static Term parse(String text) {
		boolean exact = text.startsWith("=");
		boolean prefix = text.endsWith("*");
		return new Term(text.substring(exact ? 1 : 0, text.length() - (prefix ? 1 : 0)), prefix, exact);
	}

}
