package com.livermets.assistant.safety;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.livermets.assistant.text.NormalizedText;
import com.livermets.assistant.text.Sentences;
import com.livermets.assistant.text.TextNormalizer;

/**
 * Runs before the classifier, the length check and the rate limits on every message:
 * emergencies, crises and personal symptom reports get a fixed message instead of an
 * answer. Two independent detectors read every sentence and the message as a whole, and
 * either one fires: the clinician-written rules, and the meaning-based detector that
 * compares sentence embeddings with reviewed exemplars. When several rules fire, crisis
 * wins over emergency (its message also sends people in immediate danger to the emergency
 * number), and emergency wins over a symptom report; within a level the rules' verdict
 * (first in the file) comes before the exemplars'.
 */
public final class SafetyTriage {

	static final List<Triage> PRIORITY = List.of(Triage.CRISIS, Triage.EMERGENCY, Triage.CONTACT_DOCTOR);

	/**
	 * The fewest different English words a message needs for the fine-tuned model to read
	 * it. It learned from sentences (no crisis in any read set has fewer than four
	 * words); the service's commands ("start over" read 0.39 crisis), single words and
	 * repeated letters are noise to it, and are left to the rules and the other
	 * detectors.
	 */
	static final int MODEL_MIN_WORDS = 4;

	/** The fine-tuned model names no rule: its findings are "model_crisis" and so on. */
	static final String MODEL_RULE_PREFIX = "model_";

	/**
	 * At most this long, a sentence that says it is over may speak for the one before.
	 */
	private static final int SETTLING_SENTENCE_TOKENS = 5;

	private final List<SafetyRule> rules;

	private final Cues cues;

	private final Map<Triage, SafetyMessage> messages;

	private final TextNormalizer normalizer;

	private final Predicate<String> realWord;

	/** {@code null} when the meaning-based detector is switched off. */
	private final SemanticDetector semantic;

	/**
	 * {@code null} when it is switched off; it reads the exemplar detector's vectors, so
	 * it needs that one.
	 */
	private final RiskClassifier classifier;

	/** {@code null} when the fine-tuned safety model is switched off. */
	private final SafetyModel model;

	private final Clock clock;

	SafetyTriage(List<SafetyRule> rules, Cues cues, Map<Triage, SafetyMessage> messages, TextNormalizer normalizer,
			SemanticDetector semantic, RiskClassifier classifier, SafetyModel model, Clock clock) {
		this.rules = rules.stream().sorted(Comparator.comparingInt((rule) -> PRIORITY.indexOf(rule.level()))).toList();
		this.cues = Objects.requireNonNull(cues, "cues");
		this.messages = Map.copyOf(messages);
		this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
		this.semantic = semantic;
		if (classifier != null && semantic == null) {
			throw new IllegalArgumentException("the risk classifier reads the exemplar detector's vectors");
		}
		this.classifier = classifier;
		this.model = model;
		this.clock = Objects.requireNonNull(clock, "clock");
		this.realWord = realWords(cues);
		for (Triage level : PRIORITY) {
			if (!this.messages.containsKey(level)) {
				throw new IllegalArgumentException("no message for " + level.wireName());
			}
		}
	}

	/** Words never read as a typo: the cue file's list and every English word. */
	static Predicate<String> realWords(Cues cues) {
		Predicate<String> english = EnglishWords.load();
		return (word) -> cues.realWords().contains(word) || english.test(word);
	}

	/**
	 * @param message the user's text as typed, of any length up to the request body limit
	 */
	public Optional<SafetyVerdict> assess(String message) {
		Objects.requireNonNull(message, "message");
		Reading reading = read(message);
		Finding byRules = reading.byRules();
		Finding best = byRules;
		if (this.semantic != null && (byRules == null || byRules.level() != Triage.CRISIS)) {
			best = withMeaning(reading, byRules);
		}
		// a crisis the rules name stands whatever the model reads: their crisis phrases
		// are a clinician's words, and the model read some plain ones as nothing ("the
		// priest says god forgives people who take their own lives and i plan to before
		// christmas"); a missed crisis costs the most
		if (this.model != null && reading.words() >= MODEL_MIN_WORDS && level(byRules) != Triage.CRISIS) {
			SafetyModel.Reading byModel = this.model.read(message);
			if (best != null && !reading.standsAgainstQuiet() && reading.words() >= this.model.quietMinWords()
					&& this.model.quiets(byModel)) {
				best = null;
			}
			// the exemplars and the classifier read one sentence's meaning, and "so worn
			// out I had to sit down halfway through" sounds like despair to them; on sets
			// held out of its training the model read no crisis or emergency as a symptom
			// report this surely (H53)
			if (level(best) == Triage.CRISIS && this.model.readsOnlyASymptom(byModel)) {
				best = modelFinding(Triage.CONTACT_DOCTOR);
			}
			if (level(best) != Triage.CRISIS) {
				best = stronger(best, byModel(byModel, level(best), reading.crisisQuieted()));
			}
		}
		return Optional.ofNullable(best).map((finding) -> {
			SafetyMessage reply = this.messages.get(finding.level());
			return new SafetyVerdict(finding.level(), finding.rule(), reply.text(), reply.sources());
		});
	}

	/**
	 * The rules' verdict joined with the meaning-based detectors'. An emergency that the
	 * rules or the classifier find keeps the 911 reply over a crisis read only from
	 * meaning: in a long carer's story a sentence such as "leave her to rest" can sound
	 * like despair, while "she is grey and cannot breathe" is the reason to call, and the
	 * emergency reply escalates just as fast. Only a sentence that is itself both
	 * ("enough pills saved up to not wake up"), read as a crisis by the exemplars and,
	 * with near certainty, by the classifier, gets the crisis reply, which also gives the
	 * emergency number.
	 */
	private Finding withMeaning(Reading reading, Finding byRules) {
		Finding emergency = (byRules != null && byRules.level() == Triage.EMERGENCY) ? byRules : null;
		Finding bySemantic = null;
		boolean crisisInAnEmergencySentence = false;
		for (Scope scope : reading.units()) {
			// one embedding per unit, read by both detectors
			float[] vector = scope.text().isEmpty() ? null : this.semantic.vector(scope.text());
			RiskClassifier.Verdict verdict = (vector != null && this.classifier != null)
					? this.classifier.assess(scope.text(), vector, scope.classifierReads()) : null;
			Finding byExemplars = (vector != null) ? byExemplars(scope, vector, verdict) : null;
			Finding byClassifier = byClassifier(vector, verdict);
			bySemantic = stronger(bySemantic, stronger(byExemplars, byClassifier));
			// one nearby exemplar is no such sign: "I won't be around" sits close to
			// confusion and to despair alike
			boolean emergencyHere = scope.rules() == Triage.EMERGENCY || level(byClassifier) == Triage.EMERGENCY;
			if (emergencyHere && emergency == null) {
				emergency = byClassifier;
			}
			crisisInAnEmergencySentence |= emergencyHere && level(byExemplars) == Triage.CRISIS && verdict != null
					&& verdict.sureOfCrisis();
		}
		if (emergency != null && !crisisInAnEmergencySentence) {
			return emergency;
		}
		return stronger(byRules, bySemantic);
	}

	/**
	 * What the fine-tuned model reads in the message as typed; it or the others fire, and
	 * a crisis it is sure of outranks an emergency the others found (the crisis reply
	 * also gives the emergency number). Like a sentence embedding, the model barely
	 * registers "no": where the rules read a crisis phrase denied or excepted, its crisis
	 * must be all but certain.
	 */
	private Finding byModel(SafetyModel.Reading reading, Triage foundByOthers, boolean crisisQuieted) {
		Triage level = this.model.assess(reading, foundByOthers, crisisQuieted);
		return (level != Triage.NONE) ? modelFinding(level) : null;
	}

	private static Finding modelFinding(Triage level) {
		return new Finding(level, MODEL_RULE_PREFIX + level.wireName(), 3);
	}

	private static Triage level(Finding finding) {
		return (finding != null) ? finding.level() : Triage.NONE;
	}

	/**
	 * The classifier's verdict on one unit, where the unit comes close enough in meaning
	 * to an exemplar of that level: far from all of them, the classifier's probabilities
	 * are extrapolation.
	 */
	private Finding byClassifier(float[] vector, RiskClassifier.Verdict verdict) {
		if (verdict == null || verdict.level() == Triage.NONE) {
			return null;
		}
		SemanticDetector.Nearest nearest = this.semantic.nearest(vector, verdict.level());
		return (nearest.similarity() >= this.classifier.nearestFloor(verdict.level()))
				? new Finding(verdict.level(), nearest.rule(), 2) : null;
	}

	/**
	 * What the exemplars find in one unit, where it stands beside the classifier's
	 * reading of the same unit.
	 */
	private Finding byExemplars(Scope scope, float[] vector, RiskClassifier.Verdict verdict) {
		return this.semantic.assess(vector, scope.allowed())
			.filter((hit) -> verdict == null || this.semantic.stands(hit, verdict.probability(hit.level())))
			.map((hit) -> new Finding(hit.level(), hit.rule(), 1))
			.orElse(null);
	}

	/**
	 * The rules' verdict, and what each unit leaves open to the exemplars; every rule
	 * reads every unit once. Calibration sweeps the exemplar thresholds over these
	 * without embedding a message twice.
	 */
	Reading read(String message) {
		NormalizedText whole = this.normalizer.normalize(message);
		if (whole.isEmpty()) {
			return new Reading(null, List.of(), false, false, 0);
		}
		List<Unit> units = units(message, whole, this.cues.namesSomeone(whole.tokens()),
				Year.now(this.clock).getValue());
		Finding byRules = null;
		boolean crisisQuieted = false;
		boolean standsAgainstQuiet = false;
		List<Scope> scopes = new ArrayList<>(units.size());
		for (Unit unit : units) {
			Finding fired = null;
			Set<Triage> quieted = EnumSet.noneOf(Triage.class);
			for (SafetyRule rule : this.rules) {
				SafetyRule.Match match = rule.match(unit.message());
				if (match == SafetyRule.Match.FIRES && fired == null) {
					fired = new Finding(rule.level(), rule.id(), 0);
				}
				if (match == SafetyRule.Match.QUIETED && rule.level() != Triage.CRISIS) {
					quieted.add(rule.level());
				}
				crisisQuieted |= match == SafetyRule.Match.QUIETED && rule.level() == Triage.CRISIS;
				standsAgainstQuiet |= match == SafetyRule.Match.FIRES && rule.neverQuieted();
			}
			byRules = stronger(byRules, fired);
			scopes.add(new Scope(unit.text(), allowedLevels(unit, quieted), level(fired), unit.supportRequest()));
		}
		int words = (int) whole.tokens().stream().filter(this.realWord).distinct().count();
		return new Reading(byRules, scopes, crisisQuieted, standsAgainstQuiet, words);
	}

	/**
	 * @param byRules what the rules found, or {@code null}; @param units each unit's text
	 * and allowed levels; @param crisisQuieted whether a crisis rule's words are there
	 * but denied or excepted ("I don't want to die"); @param standsAgainstQuiet whether a
	 * rule marked {@code quiet: never} fired, so the model does not quiet the message;
	 * @param words how many different English words the message has
	 */
	record Reading(Finding byRules, List<Scope> units, boolean crisisQuieted, boolean standsAgainstQuiet, int words) {

		/** The level the rules fire, or {@code null}. */
		Triage rules() {
			return (this.byRules != null) ? this.byRules.level() : null;
		}

	}

	/**
	 * The text of one unit, the levels its framing leaves open to the meaning-based
	 * detectors, the level the rules fired on it ({@link Triage#NONE} for none), and
	 * whether it is the whole of a message that asks for support.
	 */
	record Scope(String text, Set<Triage> allowed, Triage rules, boolean wholeSupportRequest) {

		/**
		 * The levels the classifier may find here. A message that asks for support tells
		 * the distress that is its reason ("Is there any help for the family? Earl's quit
		 * sleepin since we found out"): read as a whole, the classifier took that for a
		 * crisis in three of answers/blind-19's four support questions, while no read
		 * crisis asks for support. Its sentences are still read one by one, and the rules
		 * and exemplars read the whole.
		 */
		Set<Triage> classifierReads() {
			if (!this.wholeSupportRequest || !this.allowed.contains(Triage.CRISIS)) {
				return this.allowed;
			}
			Set<Triage> levels = EnumSet.copyOf(this.allowed);
			levels.remove(Triage.CRISIS);
			return levels;
		}

	}

	/** One sentence, or the whole message, with its framing. */
	private record Unit(String text, SafetyRule.Message message, boolean hypothetical, boolean over,
			boolean safekeeping, boolean supportRequest) {
	}

	/**
	 * What one detector found: {@code detector} 0 for the rules, 1 for the exemplars, 2
	 * for the risk classifier (lower wins a tie, so the most specific evidence names the
	 * rule).
	 */
	record Finding(Triage level, String rule, int detector) {
	}

	/**
	 * Each sentence on its own, so one risk sentence in a long story is not diluted, and
	 * the whole message, so a phrase split over two sentences ("He has a fever. He is on
	 * chemo.") still counts. Words of a sentence about something over stay quiet in the
	 * whole message too.
	 */
	private List<Unit> units(String raw, NormalizedText whole, boolean namesSomeone, int thisYear) {
		List<Unit> units = new ArrayList<>();
		List<String> sentences = Sentences.split(raw);
		List<String> joined = new ArrayList<>();
		BitSet over = new BitSet();
		BitSet askedInGeneral = new BitSet();
		// "Had the shivers last week, all settled now. Is that usual?": what is over and
		// questions about it report nothing now, so the whole message does not either
		boolean onlyOverAndQuestions = sentences.size() > 1;
		boolean anyOver = false;
		boolean medicineKeptSafe = this.cues.namesMedicineKeptSafe(whole.tokens());
		boolean anySafekeeping = false;
		boolean reassured = false;
		boolean supportRequest = false;
		if (sentences.size() > 1) {
			List<NormalizedText> texts = sentences.stream()
				.map(this.normalizer::normalize)
				.filter((text) -> !text.isEmpty())
				.toList();
			boolean[] asksSafekeeping = new boolean[texts.size()];
			for (int i = 0; i < texts.size(); i++) {
				asksSafekeeping[i] = asksAboutMedicineHandling(texts.get(i).tokens(), medicineKeptSafe);
				anySafekeeping |= asksSafekeeping[i];
			}
			for (int i = 0; i < texts.size(); i++) {
				NormalizedText text = texts.get(i);
				boolean past = this.cues.isResolvedPast(text.tokens(), thisYear)
						|| (i + 1 < texts.size() && settlesWhatCameBefore(text, texts.get(i + 1), thisYear));
				anyOver |= past;
				onlyOverAndQuestions &= past || this.cues.opensAsQuestion(text.tokens());
				if (past) {
					over.set(joined.size(), joined.size() + text.tokens().size());
				}
				boolean general = this.cues.asksInGeneral(text.tokens());
				if (general) {
					askedInGeneral.set(joined.size(), joined.size() + text.tokens().size());
				}
				else {
					reassured |= this.cues.reassures(text.tokens());
				}
				supportRequest |= this.cues.asksForSupport(text.tokens());
				joined.addAll(text.tokens());
				// a safekeeping sentence is an information question whoever the
				// message names, so the symptom rules leave it alone. In "I've got half
				// a bottle of the old Oramorph left. How do I get rid of it?" the count
				// belongs to the question (safety/dev-21, hazard H41)
				boolean safekeeping = asksSafekeeping[i] || (anySafekeeping && this.cues.countsMedicine(text.tokens()));
				units.add(unit(text, namesSomeone && !general, past,
						SafetyRule.Message.overIf(past, text.tokens().size()), safekeeping));
			}
		}
		else {
			anySafekeeping = asksAboutMedicineHandling(whole.tokens(), medicineKeptSafe);
			joined.addAll(whole.tokens());
			if (this.cues.isResolvedPast(whole.tokens(), thisYear)) {
				over.set(0, joined.size());
			}
		}
		// the whole message as the classifier reads it; its rules read the sentences'
		// words, in order
		SafetyRule.Message all = SafetyRule.Message.of(joined, this.cues, this.realWord, namesSomeone, over,
				askedInGeneral, reassured);
		boolean allOver = over.cardinality() == joined.size() || (anyOver && onlyOverAndQuestions);
		units.add(new Unit(meaning(whole.tokens()), all, this.cues.isHypothetical(whole.tokens()), allOver,
				anySafekeeping, supportRequest));
		return units;
	}

	/**
	 * Whether the words ask how to keep a medicine safe (when the message names one and a
	 * purpose) or how to take it as prescribed: the meaning detectors read no crisis
	 * there.
	 */
	private boolean asksAboutMedicineHandling(List<String> tokens, boolean medicineKeptSafe) {
		return (medicineKeptSafe && this.cues.asksAboutSafekeeping(tokens)) || this.cues.asksAboutDosing(tokens);
	}

	/**
	 * "Had the runs and the shivers after chemo. All settled now.": a short sentence that
	 * says it is over speaks for the one before it, unless that one says it is happening
	 * now or again.
	 */
	private boolean settlesWhatCameBefore(NormalizedText sentence, NormalizedText next, int thisYear) {
		if (next.tokens().size() > SETTLING_SENTENCE_TOKENS) {
			return false;
		}
		List<String> both = new ArrayList<>(sentence.tokens());
		both.addAll(next.tokens());
		return this.cues.isResolvedPast(next.tokens(), thisYear) && this.cues.isResolvedPast(both, thisYear);
	}

	private Unit unit(NormalizedText text, boolean namesSomeone, boolean past, BitSet over, boolean safekeeping) {
		return new Unit(meaning(text.tokens()),
				SafetyRule.Message.of(text.tokens(), this.cues, this.realWord, namesSomeone, over, new BitSet(), false),
				this.cues.isHypothetical(text.tokens()), past, safekeeping, false);
	}

	/**
	 * The text the meaning-based detectors read: the words, less any crisis denial or
	 * figure of speech.
	 */
	private String meaning(List<String> tokens) {
		return String.join(" ", this.cues.forMeaning(tokens));
	}

	/**
	 * What framing leaves open to the exemplars and the classifier: crisis always (but
	 * for a question on keeping medicines safe, {@link Cues#asksAboutSafekeeping}); an
	 * emergency unless the sentence asks about people in general, is hypothetical, tells
	 * of something over, or names an emergency sign only to deny it ("no fever"); a
	 * symptom report unless it is an information question, or names a symptom only to
	 * deny it. A denied symptom leaves an emergency open: "it's me, not her: crushing
	 * chest pain" denies nothing urgent.
	 * @param quieted the levels of the rules whose words this unit denies or tells as
	 * over
	 */
	private static Set<Triage> allowedLevels(Unit unit, Set<Triage> quieted) {
		Set<Triage> levels = unit.safekeeping() ? EnumSet.noneOf(Triage.class) : EnumSet.of(Triage.CRISIS);
		boolean notNow = unit.hypothetical() || unit.over();
		if (!notNow && !quieted.contains(Triage.EMERGENCY) && !unit.message().generalQuestion()) {
			levels.add(Triage.EMERGENCY);
		}
		// a question on keeping medicines safe reports no symptom either ("how do
		// I get rid of her leftover oxy safely once she's off it")
		if (!notNow && !quieted.contains(Triage.CONTACT_DOCTOR) && !unit.message().informationQuestion()
				&& !unit.safekeeping()) {
			levels.add(Triage.CONTACT_DOCTOR);
		}
		return levels;
	}

	private static Finding stronger(Finding a, Finding b) {
		if (a == null || b == null) {
			return (a != null) ? a : b;
		}
		int rankA = PRIORITY.indexOf(a.level());
		int rankB = PRIORITY.indexOf(b.level());
		if (rankA != rankB) {
			return (rankA < rankB) ? a : b;
		}
		return (a.detector() <= b.detector()) ? a : b;
	}

	/** How many rules there are per level, for the startup log line. */
	Map<Triage, Long> ruleCounts() {
		return PRIORITY.stream()
			.collect(Collectors.toMap((level) -> level,
					(level) -> this.rules.stream().filter((rule) -> rule.level() == level).count()));
	}

	/** The meaning-based detector, for calibration; empty when it is switched off. */
	Optional<SemanticDetector> semantic() {
		return Optional.ofNullable(this.semantic);
	}

	/** The trained detector, for calibration; empty when it is switched off. */
	Optional<RiskClassifier> classifier() {
		return Optional.ofNullable(this.classifier);
	}

	Optional<SafetyModel> model() {
		return Optional.ofNullable(this.model);
	}

}
