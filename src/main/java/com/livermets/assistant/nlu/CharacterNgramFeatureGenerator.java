package com.livermets.assistant.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- and 4-grams of each word with word-boundary marks, so "metastatic", "metastasis" and a misspelt
 * "metastatsis" share most features. No-argument on purpose: OpenNLP rebuilds feature generators by class name
 * and would lose constructor arguments.
 */
public final class CharacterNgramFeatureGenerator implements FeatureGenerator {

	private static final int SHORTEST = 3;

	private static final int LONGEST = 4;

	@Override
	public Collection<String> extractFeatures(String[] words, Map<String, Object> extraInformation) {
		List<String> features = new ArrayList<>();
		for (String word : words) {
			String marked = "<" + word + ">";
			for (int n = SHORTEST; n <= LONGEST; n++) {
				for (int start = 0; start + n <= marked.length(); start++) {
					features.add("ch=" + marked.substring(start, start + n));
				}
			}
		}
		return features;
	}

}
