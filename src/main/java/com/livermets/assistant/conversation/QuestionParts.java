package com.livermets.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.livermets.assistant.text.Sentences;

/**
 * Finds the parts of a message that ask something. A carer's long story ends with its
 * question ("... where did they come from?") and the story's words drown it when the
 * whole is classified; someone may also ask two things in one sentence ("what is X, and
 * is there Y?"). Splits into sentences, then into clauses joined by "and" or a semicolon
 * before a new question, and keeps the parts that read as questions.
 */
final class QuestionParts {

	/** "Two things: what ...": what comes before a colon frames what follows it. */
	private static final Pattern COLON = Pattern.compile(":\\s+");

	/**
	 * Question words as texters spell them ("wats ablation n wats embolisation"); the
	 * normalizer's lexicon expands them later, but parts are found on the text as typed.
	 */
	private static final String TEXTED = "|wat|wats|wot|wots|wht|hw|wch|wich|whch";

	/**
	 * "..., and is there ...", "...; how ...", "... and what ...", "..., and second, why
	 * ...": a new question starts after the joint. A comma alone is no joint: "my aunt
	 * has pancreatic cancer, can that go to the liver?" is one question.
	 */
	private static final Pattern CLAUSE_JOINT = Pattern.compile(
			"(?i)\\s*(?:;|,?\\s(?:and|also|plus|n)(?:,?\\s(?:second|secondly|then|also|2nd))?,?)\\s+(?=(?:what|what's|whats|how|why|where|whereabouts|when|which|who|is|are|can|could|does|do|will|would|should|has|have"
					+ TEXTED + ")\\b)");

	/**
	 * "1) what is ablation 2) what is embolization", "..., and 2) where ...": a numbered
	 * item starts a new part, with the "and" before it.
	 */
	private static final Pattern ENUMERATOR = Pattern.compile("(?:^|,?\\s+(?:and\\s+|or\\s+)?)\\(?[1-9]\\)\\s+");

	private static final Pattern QUESTION_OPENING = Pattern.compile(
			"(?i)^(?:so |and |but |ok |okay |well |also |then |now |honestly,? |please,? |first,? |firstly,? |second,? |secondly,? )*(?:what|what's|whats|how|how's|why|where|whereabouts|when|which|who|whom|is|are|am|can|could|does|do|did|will|would|should|has|have|any|anything|tell me|explain|define|describe"
					+ TEXTED + ")\\b.*");

	/**
	 * The topic first, then the question about it: "genetic testing, what is it for",
	 * "embolisation how does it work".
	 */
	private static final Pattern TOPIC_FIRST = Pattern.compile(
			"(?i)^[^?.!]{1,40}?\\b(?:what|wat|wot|how|hw|why|y) (?:is|are|r|does|do|did|can|will) (?:it|they|that|this|those|these)\\b.*");

	private static final Pattern QUESTION_WORD = Pattern
		.compile("(?i)\\b(?:what|what's|whats|how|why|where|when|which|who" + TEXTED + ")\\b|\\?");

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/**
	 * Words of four letters or more that acknowledge the last reply and say nothing of
	 * their own (shorter words never count).
	 */
	private static final Set<String> ACKNOWLEDGEMENTS = Set.of("okay", "alright", "right", "thanks", "thank", "cheers",
			"sure", "fine", "great", "cool", "well", "yeah", "understood", "that", "then", "thats");

	private static final Pattern POINTER = Pattern.compile("(?i)\\b(?:that|it|this|they|them|those|these)\\b");

	/**
	 * A request for an answer inside a statement. "Explain" asks only when it is said to
	 * someone ("please explain what ...", "explain to me how ..."): "I want to explain it
	 * to her accurately" asks nothing.
	 */
	private static final Pattern ASKING = Pattern.compile(
			"(?i).*\\b(?:i want to know|i'd like to know|i would like to know|wondering|can someone|can you|could you|tell me|please explain|explain (?:to me|what|how|why|where|which|who)|asked (?:me |us |him |her )?(?:how|what|why|where|which|whether))\\b.*");

	/**
	 * A question that names nothing of its own asks about the statement before it: one
	 * that asks only whether the reader knows ("My friend asked me how many bowel cancers
	 * reach the liver. Do you know?"), or only a question word ("They want to test the
	 * tumour for genes. What for?"), or only which of what it says ("I gather the liver
	 * sits beneath one of the lungs. Which one?").
	 */
	private static final Pattern NAMES_NOTHING = Pattern.compile(
			"(?i)\\W*(?:so |and |but |ok |okay )?(?:do you know|does anyone know|do you have any idea|any ideas?|can you tell me|could you tell me|can you help|is that right|is that true|you know|what for|why|why so|how come|means what|meaning what|what does that mean|what is that for|which(?: ones?| side| is it| of them)?|what one)(?: exactly)?(?: ah| lah| eh| then)?\\W*");

	private QuestionParts() {
	}

	/** Every part, in order: sentences, each split into its clauses. */
	static List<String> parts(String message) {
		List<String> parts = new ArrayList<>();
		for (String sentence : Sentences.split(message)) {
			for (String framed : framedParts(sentence)) {
				for (String item : ENUMERATOR.split(framed)) {
					for (String clause : CLAUSE_JOINT.split(item)) {
						String part = clause.strip();
						if (!part.isEmpty()) {
							parts.add(part);
						}
					}
				}
			}
		}
		return parts;
	}

	/**
	 * "Two things please: what ..." is split at the colon; "which is more common: X or
	 * Y?" is not, because what comes before its colon is already the question.
	 */
	private static String[] framedParts(String sentence) {
		String[] halves = COLON.split(sentence, 2);
		return (halves.length == 2 && !QUESTION_WORD.matcher(halves[0]).find()) ? halves : new String[] { sentence };
	}

	/**
	 * What a message of several clauses opens with: its first part, or, for one sentence,
	 * what comes before its first comma ("Ta love, I'll mention it Thursday"), unless
	 * what follows asks ("while I have you, whats the score"). Empty for a message of one
	 * clause, which is all opening.
	 */
	static Optional<String> opening(List<String> parts) {
		if (parts.size() >= 2) {
			return Optional.of(parts.get(0));
		}
		String[] clauses = (parts.size() == 1) ? parts.get(0).split(",", 2) : new String[0];
		return (clauses.length == 2 && !clauses[0].isBlank() && !isQuestion(clauses[1])) ? Optional.of(clauses[0])
				: Optional.empty();
	}

	/** The parts that ask something; empty when none reads as a question. */
	static List<String> questions(List<String> parts) {
		return parts.stream().filter(QuestionParts::isQuestion).toList();
	}

	/**
	 * The question parts as one text to classify.
	 * @param withContext whether a question that points back ("can that go to the
	 * liver?") keeps the statement just before it, which may say what "that" is
	 */
	static String asked(List<String> parts, boolean withContext) {
		List<String> asked = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			String part = parts.get(i);
			if (!isQuestion(part)) {
				continue;
			}
			boolean pointsBack = POINTER.matcher(part).find() || NAMES_NOTHING.matcher(part).matches();
			if (withContext && pointsBack && i > 0 && !isQuestion(parts.get(i - 1))
					&& saysSomething(parts.get(i - 1))) {
				asked.add(parts.get(i - 1));
			}
			asked.add(part);
		}
		return String.join(" ", asked);
	}

	/**
	 * Whether a statement can say what "it" is: "ok" or "right, thanks" before "and who
	 * would treat it?" cannot, and only pulls the question towards small talk.
	 */
	private static boolean saysSomething(String part) {
		return WORD.matcher(part)
			.results()
			.map((word) -> word.group().toLowerCase(Locale.ROOT))
			.anyMatch((word) -> word.length() >= 4 && !ACKNOWLEDGEMENTS.contains(word));
	}

	static boolean isQuestion(String part) {
		String text = part.strip().toLowerCase(Locale.ROOT);
		return text.endsWith("?") || QUESTION_OPENING.matcher(text).matches() || ASKING.matcher(text).matches()
				|| TOPIC_FIRST.matcher(text).matches();
	}

}
