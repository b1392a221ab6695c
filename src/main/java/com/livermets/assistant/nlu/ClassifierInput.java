package com.livermets.assistant.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * What the classifier reads of a normalized message, built the same way for training examples and for live
 * messages: optional spelling correction, optional stemming, and the content terms (stopwords removed) that the
 * nearest-neighbour signal compares.
 *
 * @param features the words the maximum-entropy model sees
 * @param terms the content words the nearest-neighbour index sees
 */
record ClassifierInput(List<String> features, List<String> terms) {

	ClassifierInput {
		features = List.copyOf(features);
		terms = List.copyOf(terms);
	}

	/** Turns normalized tokens into classifier input; built once per trained classifier. */
	static final class Preparer {

		private final SpellingCorrector corrector;

		private final boolean stemming;

		/** @param corrector the spelling corrector, or {@code null} to leave words as typed */
		Preparer(SpellingCorrector corrector, boolean stemming) {
			this.corrector = corrector;
			this.stemming = stemming;
		}

		ClassifierInput prepare(List<String> tokens) {
			List<String> features = new ArrayList<>(tokens.size());
			List<String> terms = new ArrayList<>(tokens.size());
			// PorterStemmer keeps state between calls, so each message gets its own
			PorterStemmer stemmer = this.stemming ? new PorterStemmer() : null;
			for (String token : tokens) {
				String word = (this.corrector != null) ? this.corrector.correct(token) : token;
				String feature = (stemmer != null) ? stemmer.stem(word).toLowerCase(Locale.ROOT) : word;
				features.add(feature);
				if (!IntentClassifier.STOPWORDS.contains(word)) {
					terms.add(feature);
				}
			}
			return new ClassifierInput(features, terms);
		}

	}

}
