package com.livermets.assistant.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The normalizer's lexicon also rewrites the risk classifier's training messages, its
 * exemplars and its calm lines, so an entry added for the answers can retrain the
 * classifier and move crises across its threshold (hazard H42: Scots forms lost 16 crises
 * in 2026-12-05; Welsh "tidy" for "great" lost two in 2026-12-06, as "tidy" is in crisis
 * messages of the training file). An entry that touches those texts must be measured on
 * every safety set first and then listed here.
 */
class LexiconLeavesSafetyTextsAloneTests {

	/** Entries measured on the safety sets when they were added, or before this test. */
	private static final Set<String> MEASURED = Set.of("mets", "ct scan", "w", "w o", "met", "metastisis",
			"liver secondaries", "secondaries", "ca", "tx", "dx", "sx", "symptons", "chemo", "hai", "rfa", "tace",
			"sirt", "y90", "sbrt", "2nd opinion", "abalation", "emobilization", "crc", "bowel cancer", "melanoma",
			"onc", "dr", "drs", "doc", "docs", "appt", "appts", "meds", "med", "info", "tumour", "tumours",
			"oesophageal", "oesophagus", "embolisation", "embolise", "metastasised", "personalised", "individualised",
			"programme", "programmes", "counselling", "centre", "colour", "mum", "u", "r", "ur", "yr", "wat", "wht",
			"whats", "wats", "y", "hw", "pls", "abt", "bout", "b4", "thx", "ty", "tysm", "ppl", "im", "idk", "wanna",
			"gonna", "cya", "ttyl", "tmrw", "2nd");

	private static final List<String> SAFETY_TEXTS = List.of("intents/safety/training.tsv",
			"intents/safety/exemplars.txt", "intents/safety/look-alikes.txt", "intents/safety/calm-questions.txt");

	private static final Pattern ENTRY = Pattern.compile("^\\s*([^#=][^=]*?)\\s*=>");

	private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

	@Test
	void noNewLexiconEntryRewritesTheSafetyStagesTexts() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String file : SAFETY_TEXTS) {
			for (String line : Files.readAllLines(Path.of(file))) {
				if (!line.startsWith("#")) {
					texts.add(" " + String.join(" ", words(line)) + " ");
				}
			}
		}
		List<String> touching = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of("intents/lexicon/shorthand.txt"))) {
			Matcher entry = ENTRY.matcher(line);
			if (entry.find()) {
				String phrase = " " + String.join(" ", words(entry.group(1))) + " ";
				if (texts.stream().anyMatch((text) -> text.contains(phrase))) {
					touching.add(phrase.strip());
				}
			}
		}
		assertThat(touching).as("lexicon entries that rewrite safety texts (hazard H42)").isSubsetOf(MEASURED);
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		Matcher word = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
		while (word.find()) {
			words.add(word.group());
		}
		return words;
	}

}
