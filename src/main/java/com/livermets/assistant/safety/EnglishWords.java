package com.livermets.assistant.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.function.Predicate;

import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Real English words, from LanguageTool's American and British Hunspell word lists
 * (morfologik automata shipped in {@code org.languagetool:english-pos-dict}). The rules
 * tolerate one typo in a word; a token that is itself a real word ("tried", "tire",
 * "fewer") was meant as that word and is never read as a typo of a rule word ("tired",
 * "fever"). A hand-kept list could not cover English; a system word file is missing on a
 * fresh machine.
 */
final class EnglishWords implements Predicate<String> {

	private static final List<String> DICTIONARIES = List.of("org/languagetool/resource/en/hunspell/en_US.dict",
			"org/languagetool/resource/en/hunspell/en_GB.dict");

	private static volatile EnglishWords shared;

	/**
	 * A speller keeps lookup buffers, so each thread gets its own over the shared,
	 * immutable automata.
	 */
	private final ThreadLocal<List<Speller>> spellers;

	private EnglishWords(List<Dictionary> dictionaries) {
		this.spellers = ThreadLocal.withInitial(() -> dictionaries.stream().map(Speller::new).toList());
	}

	/**
	 * The word lists are read once per JVM (about 1.3 MB of automata) and are immutable.
	 */
	static EnglishWords load() {
		EnglishWords words = shared;
		if (words == null) {
			synchronized (EnglishWords.class) {
				if (shared == null) {
					shared = new EnglishWords(DICTIONARIES.stream().map(EnglishWords::dictionary).toList());
				}
				words = shared;
			}
		}
		return words;
	}

	private static Dictionary dictionary(String path) {
		URL url = EnglishWords.class.getClassLoader().getResource(path);
		if (url == null) {
			throw new IllegalStateException("the English word list " + path + " is not on the classpath");
		}
		try {
			return Dictionary.read(url);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the English word list " + path, ex);
		}
	}

	/** Whether {@code word} (lower case) is an English word in either spelling. */
	@Override
	public boolean test(String word) {
		return !word.isEmpty() && this.spellers.get().stream().anyMatch((speller) -> speller.isInDictionary(word));
	}

}
