package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.livermets.assistant.nlu.SentenceEmbeddings;
import com.livermets.assistant.nlu.VectorBank;

/**
 * The second, meaning-based safety detector: a sentence fires a rule when its embedding
 * comes close enough to one of the rule's reviewed exemplars ("I don't see the point of
 * carrying on" is close to "I do not want to be here any more" although they share no
 * rule word), and closer to it than to any calm look-alike. It reads the same sentence
 * embeddings as the classifier, so a one-sentence message costs no second forward pass.
 * Thresholds are chosen recall-first (docs/safety.md).
 */
final class SemanticDetector {

	/**
	 * A rule the detector fired, how close the closest exemplar was, and how much closer
	 * it was than the closest calm look-alike.
	 */
	record Hit(String rule, Triage level, double similarity, double margin) {
	}

	private record Risk(String rule, Triage level) {
	}

	private final SentenceEmbeddings embeddings;

	private final List<Risk> risks;

	/** The exemplar vectors, in the order of {@link #risks}. */
	private final VectorBank riskVectors;

	private final VectorBank calm;

	private final SafetyProperties.Semantic thresholds;

	/**
	 * @param exemplars the parsed exemplar file
	 * @param levels the level of each rule id
	 * @param lookAlikes ordinary messages, normalized (the calm questions and the
	 * look-alikes): each is a calm look-alike too ("can i double my dose" is not an
	 * overdose)
	 */
	SemanticDetector(SentenceEmbeddings embeddings, ExemplarFile.Parsed exemplars, Map<String, Triage> levels,
			List<String> lookAlikes, SafetyProperties.Semantic thresholds) {
		this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
		this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
		List<Risk> risks = new ArrayList<>();
		List<String> riskTexts = new ArrayList<>();
		exemplars.risks().forEach((rule, list) -> list.forEach((exemplar) -> {
			risks.add(new Risk(rule, levels.get(rule)));
			riskTexts.add(exemplar.text());
		}));
		this.risks = List.copyOf(risks);
		this.riskVectors = VectorBank.of(embeddings.examples(riskTexts));
		List<String> calm = new ArrayList<>();
		exemplars.calm().forEach((exemplar) -> calm.add(exemplar.text()));
		calm.addAll(lookAlikes);
		this.calm = VectorBank.of(embeddings.examples(calm));
	}

	/**
	 * The embedding of one normalized sentence or message, shared with the classifier
	 * that runs next.
	 */
	float[] vector(String normalizedText) {
		return this.embeddings.message(normalizedText);
	}

	/**
	 * The exemplar of this level closest in meaning: its rule names what a verdict of the
	 * risk classifier is about, and its similarity says how far the classifier reaches
	 * from anything it learned.
	 */
	Nearest nearest(float[] vector, Triage level) {
		String rule = null;
		double best = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < this.risks.size(); i++) {
			Risk risk = this.risks.get(i);
			double similarity = (risk.level() == level) ? this.riskVectors.cosine(vector, i) : Double.NEGATIVE_INFINITY;
			if (similarity > best) {
				best = similarity;
				rule = risk.rule();
			}
		}
		if (rule == null) {
			throw new IllegalStateException("no exemplar of level " + level.wireName());
		}
		return new Nearest(rule, best);
	}

	/** The rule of a level's closest exemplar, and that exemplar's similarity. */
	record Nearest(String rule, double similarity) {
	}

	/**
	 * The rule of the exemplar closest in meaning to this sentence, when that exemplar is
	 * close enough for its level, clearly closer than any calm look-alike, and its level
	 * is one the framing allows. The nearest exemplar decides the level: a collapse
	 * described in words that also echo despair is an emergency if an emergency exemplar
	 * is nearer.
	 * @param vector the embedding of one normalized sentence or message
	 * @param levels the levels its framing allows (a hypothetical sentence is no
	 * emergency)
	 */
	Optional<Hit> assess(float[] vector, Set<Triage> levels) {
		Risk nearest = null;
		double best = -1;
		for (int i = 0; i < this.risks.size(); i++) {
			double similarity = this.riskVectors.cosine(vector, i);
			if (similarity > best) {
				best = similarity;
				nearest = this.risks.get(i);
			}
		}
		// most messages are nowhere near an exemplar: the look-alike scan, the costly
		// part, is then skipped
		if (nearest == null || !levels.contains(nearest.level()) || best < this.thresholds.threshold(nearest.level())) {
			return Optional.empty();
		}
		double margin = best - this.calm.maxCosine(vector);
		return (margin < this.thresholds.margin()) ? Optional.empty()
				: Optional.of(new Hit(nearest.rule(), nearest.level(), best, margin));
	}

	/**
	 * Whether an urgent hit stands. A crisis hit stands when it is clearly closer to its
	 * exemplar than to any calm look-alike, or when the classifier reads a crisis too, if
	 * only faintly: near the margin, ordinary sentences ("should her daughter get
	 * tested") come as close to a crisis exemplar as indirect crises do, and the
	 * classifier gives the ordinary ones almost no chance of a crisis far more often than
	 * the crises. An emergency hit always needs that faint support: the calm look-alikes
	 * are ordinary questions, so a symptom report ("her tummy is bigger and tight, no
	 * pain") is far from all of them and its margin says nothing about whether it is an
	 * emergency (docs/safety.md, seventh round).
	 * @param classifierProbability the classifier's probability of the hit's level in the
	 * same unit
	 */
	boolean stands(Hit hit, double classifierProbability) {
		return switch (hit.level()) {
			case CRISIS ->
				hit.margin() >= this.thresholds.clearMargin() || classifierProbability >= this.thresholds.support();
			case EMERGENCY -> classifierProbability >= this.thresholds.support();
			case CONTACT_DOCTOR, NONE -> true;
		};
	}

	/**
	 * The closest similarity of a text to each rule's exemplars and to the calm ones; for
	 * calibration.
	 */
	Scores scores(String normalizedText) {
		float[] vector = this.embeddings.message(normalizedText);
		Map<Triage, Double> closest = new EnumMap<>(Triage.class);
		for (int i = 0; i < this.risks.size(); i++) {
			closest.merge(this.risks.get(i).level(), this.riskVectors.cosine(vector, i), Math::max);
		}
		return new Scores(closest, this.calm.maxCosine(vector));
	}

	/**
	 * @param closest per level, the closest exemplar's similarity; @param calm the
	 * closest calm look-alike's
	 */
	record Scores(Map<Triage, Double> closest, double calm) {
	}

}
