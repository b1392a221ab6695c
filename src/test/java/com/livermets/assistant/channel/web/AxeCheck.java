package com.livermets.assistant.channel.web;

import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.WebDriver;

/** Runs axe-core inside the page against the WCAG 2.0-2.2 A and AA rules. */
final class AxeCheck {

	private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final Set<String> BLOCKING = Set.of("serious", "critical");

	private AxeCheck() {
	}

	/**
	 * The serious and critical violations, each as "rule: help (selectors)", so a failure
	 * says what to fix.
	 */
	static List<String> seriousViolations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
		}
		return results.getViolations()
			.stream()
			.filter((rule) -> BLOCKING.contains(rule.getImpact()))
			.map(AxeCheck::describe)
			.toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + ": " + rule.getHelp() + " "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

}
