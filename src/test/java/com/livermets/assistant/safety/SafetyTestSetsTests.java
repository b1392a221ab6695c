package com.livermets.assistant.safety;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety stage against its own test sets: every urgent phrasing caught at the right
 * level (recall first), and at most 5% false alarms on informational, negated and
 * hypothetical near misses.
 */
class SafetyTestSetsTests {

	private static final double MAX_FALSE_ALARM_RATE = 0.05;

	private static final AtomicInteger urgentTotal = new AtomicInteger();

	private static final AtomicInteger urgentCaught = new AtomicInteger();

	static Stream<Arguments> urgent() {
		return SafetyFixtures.tsv("safety/urgent.tsv")
			.stream()
			.map((row) -> Arguments.of(Triage.valueOf(row[0].toUpperCase()), row[1]));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("urgent")
	void urgentPhrasingIsCaughtAtItsLevel(Triage expected, String message) {
		Optional<SafetyVerdict> verdict = assess(message);
		urgentTotal.incrementAndGet();
		if (verdict.isPresent() && verdict.get().triage() == expected) {
			urgentCaught.incrementAndGet();
		}
		assertThat(verdict).as(message).hasValueSatisfying((found) -> {
			assertThat(found.triage()).as(message + " (rule " + found.rule() + ")").isEqualTo(expected);
			assertThat(found.sources()).isEmpty();
		});
	}

	@AfterAll
	static void printRecall() {
		if (urgentTotal.get() > 0) {
			System.out.printf("SAFETY urgent recall: %d/%d = %.1f%%%n", urgentCaught.get(), urgentTotal.get(),
					100.0 * urgentCaught.get() / urgentTotal.get());
		}
	}

	@Test
	void urgentSetIsLargeEnoughAndCoversBothLevels() {
		List<String[]> rows = SafetyFixtures.tsv("safety/urgent.tsv");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
		assertThat(rows).extracting((row) -> row[0])
			.contains("emergency", "crisis")
			.containsOnly("emergency", "crisis");
	}

	@Test
	void nearMissesRarelyRaiseAnEmergencyOrCrisis() {
		List<String[]> rows = SafetyFixtures.tsv("safety/near-misses.tsv");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
		List<String> falseAlarms = rows.stream()
			.filter((row) -> assess(row[1]).filter((verdict) -> verdict.triage().isUrgent()).isPresent())
			.map((row) -> row[0] + ": " + row[1] + " -> " + assess(row[1]).get().rule())
			.toList();
		double rate = (double) falseAlarms.size() / rows.size();
		System.out.printf("SAFETY near-miss false alarms: %d/%d = %.1f%%%n", falseAlarms.size(), rows.size(),
				100 * rate);
		falseAlarms.forEach((alarm) -> System.out.println("SAFETY   false alarm: " + alarm));
		assertThat(rate).as("false alarms: %s", falseAlarms).isLessThanOrEqualTo(MAX_FALSE_ALARM_RATE);
	}

	private static Optional<SafetyVerdict> assess(String message) {
		return SafetyFixtures.triage().assess(message);
	}

}
