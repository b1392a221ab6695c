package com.livermets.assistant.conversation;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The short replies that only make sense within a conversation ("2", "the first one",
 * "neither", "tell me more", "start over"), recognised on normalized tokens. Deliberately
 * closed lists: anything else is a question for the classifier.
 */
final class Phrases {

	/** Politeness and framing words that do not change which short reply it is. */
	private static final Set<String> FILLERS = Set.of("please", "pls", "let", "us", "lets", "can", "could", "would",
			"we", "i", "you", "want", "to", "like", "just", "then", "so", "well", "um", "oh");

	private static final Set<List<String>> RESETS = Set.of(List.of("start", "over"), List.of("start", "again"),
			List.of("reset"), List.of("restart"), List.of("new", "conversation"),
			List.of("start", "a", "new", "conversation"), List.of("new", "chat"), List.of("start", "a", "new", "chat"),
			List.of("begin", "again"), List.of("clear"), List.of("start", "from", "scratch"));

	private static final Set<List<String>> YESES = Set.of(List.of("yes"), List.of("yeah"), List.of("yep"),
			List.of("yup"), List.of("y"), List.of("sure"), List.of("yes", "sure"), List.of("sure", "thing"),
			List.of("go", "ahead"), List.of("yes", "that", "one"), List.of("that", "one"), List.of("correct"),
			List.of("right"), List.of("yes", "that", "is", "right"), List.of("why", "not"), List.of());

	private static final Set<List<String>> NOES = Set.of(List.of("no"), List.of("nope"), List.of("nah"), List.of("n"),
			List.of("neither"), List.of("none"), List.of("no", "thanks"), List.of("no", "thank"),
			List.of("no", "neither"), List.of("no", "none"), List.of("neither", "of", "them"),
			List.of("none", "of", "them"), List.of("none", "of", "these"), List.of("none", "of", "those"),
			List.of("neither", "one"), List.of("not", "really"), List.of("something", "else"),
			List.of("no", "something", "else"), List.of("not", "those"), List.of("no", "not", "those"));

	/**
	 * The words a turn-down of the last reply is made of: "neither of those", "nah,
	 * that's not what I asked, mate", "that doesn't answer my question", "wrong answer";
	 * a form of address or a sigh does not change it. Closed on purpose: a turn-down that
	 * names a subject ("no, what about embolization?") is a new question.
	 */
	private static final Set<String> REJECTION_WORDS = Set.of("no", "nope", "nah", "neither", "none", "not", "wrong",
			"nothing", "of", "those", "them", "these", "the", "above", "answer", "answers", "option", "options", "one",
			"ones", "reply", "replies", "help", "helps", "helped", "helpful", "me", "is", "was", "are", "were", "that",
			"this", "it", "what", "i", "asked", "ask", "meant", "mean", "wanted", "asking", "looking", "for",
			"question", "my", "does", "did", "do", "answered", "thanks", "thank", "you", "really", "actually", "quite",
			"at", "all", "either", "sorry", "but", "right", "useful", "relevant", "again", "same", "thing", "said",
			"already", "your", "makes", "sense", "a", "an", "please", "mate", "pal", "buddy", "bro", "dude", "love",
			"hun", "dear", "about", "lol", "ugh", "hmm", "ok", "okay", "though", "tho");

	/**
	 * The words that make a turn-down: without one, "that is what i asked" is no
	 * turn-down.
	 */
	private static final Set<String> REJECTION_CORES = Set.of("no", "nope", "nah", "neither", "none", "not", "wrong",
			"nothing");

	/**
	 * The words of a turn that asks to hear the last reply again: "sorry, I didn't catch
	 * that", "I beg your pardon; would you repeat it, please?", "say that again?". Closed
	 * on purpose, like the turn-downs: "repeat the part about the portal vein" names its
	 * own subject.
	 */
	private static final Set<String> AGAIN_WORDS = Set.of("i", "beg", "your", "pardon", "did", "do", "not", "quite",
			"catch", "caught", "hear", "heard", "that", "it", "this", "would", "could", "can", "will", "you", "please",
			"pls", "repeat", "repeating", "say", "again", "come", "sorry", "what", "was", "missed", "me", "mind", "oh",
			"so", "ok", "okay", "dear", "love", "the", "last", "bit", "once", "more", "one", "time", "there", "just");

	/**
	 * The words that make such a turn: without one, "what was that" asks nothing again.
	 */
	private static final Set<String> AGAIN_CORES = Set.of("repeat", "repeating", "again", "pardon", "catch", "caught",
			"missed");

	/**
	 * The words of a turn that asks only for "the other one": "no, I meant the other
	 * one", "n the other one? same?", "what's the other one called?". Closed on purpose:
	 * "the other one, embolization, is that possible?" names its subject.
	 */
	private static final Set<String> OTHER_ONE_WORDS = Set.of("no", "nope", "nah", "n", "i", "meant", "mean", "the",
			"other", "one", "and", "what", "about", "is", "it", "was", "called", "again", "name", "same", "ok", "okay",
			"so", "sorry", "that", "tell", "me", "please", "then", "how", "explain", "oh");

	/**
	 * How people half-name what they ask for: "and the other one? embo something", "one
	 * is ablation I remember, what's the other one called?", "the one that starts with
	 * A", "and the other one that always gets mentioned right alongside it?".
	 */
	private static final Set<String> HALF_NAMING_WORDS = Set.of("something", "whatever", "thing", "thingy", "remember",
			"said", "mentioned", "you", "word", "first", "er", "um", "starts", "begins", "with", "letter", "always",
			"usually", "often", "also", "gets", "comes", "goes", "alongside", "along", "beside", "together", "next",
			"to", "right", "they", "mention", "mentions", "talk", "talked");

	/** "tell me more", "more please", "go on", "can you explain more about that" ... */
	private static final Set<String> MORE_WORDS = Set.of("more", "tell", "me", "about", "it", "that", "this", "detail",
			"details", "information", "explain", "go", "on", "continue", "elaborate", "keep", "going", "say", "some",
			"a", "bit", "little", "know", "read", "please", "further", "longer", "version", "give");

	private static final Set<List<String>> MORE_CORES = Set.of(List.of("more"), List.of("go", "on"),
			List.of("continue"), List.of("elaborate"), List.of("keep", "going"), List.of("further"));

	/**
	 * How people ask for the last answer again in plainer words, as a small grammar
	 * rather than a list of phrasings (each round's blind set wrote a new one: "say that
	 * a bit simpler for an old man", "say am simpler abeg", "say it more simple please"):
	 * a verb of saying, what is to be said again, how much plainer, and the plainer words
	 * themselves. Whatever follows may be a sigh or an excuse ("... la, I'm knackered
	 * after a 12 hour shift") but never a question of its own ("explain that simpler,
	 * what is a lobe?").
	 */
	private static final Set<String> PLAINER_VERBS = Set.of("say", "explain", "put", "tell", "write", "word", "phrase",
			"describe");

	/** What is to be said again: "that", "it", and "am" in West African Pidgin. */
	private static final Set<String> PLAINER_OBJECTS = Set.of("that", "it", "this", "am", "again", "me", "us");

	private static final Set<String> PLAINER_DEGREES = Set.of("a", "bit", "little", "abit", "lot", "much", "way");

	/** Plainer words that need a verb before them: "say it simple", not "simple". */
	private static final List<List<String>> PLAINER_AFTER_VERB = List.of(List.of("simple"), List.of("simply"),
			List.of("plainer"), List.of("plainly"), List.of("more", "plainly"), List.of("more", "clearly"),
			List.of("clearer"), List.of("in", "english"));

	/** Plainer words that make the request alone at the start: "simpler please". */
	private static final List<List<String>> PLAINER_WORDS = List.of(List.of("simpler"), List.of("more", "simply"),
			List.of("more", "simple"), List.of("simplify"), List.of("rephrase"), List.of("reword"),
			List.of("dumb", "it", "down"), List.of("dumb", "that", "down"));

	private static final List<List<String>> PLAINER_WORDS_AFTER_VERB = Stream
		.concat(PLAINER_WORDS.stream(), PLAINER_AFTER_VERB.stream())
		.toList();

	/** "in plain English", "in simpler words", "in layman's terms". */
	private static final Set<String> PLAIN_ADJECTIVES = Set.of("plain", "plainer", "simple", "simpler", "easy",
			"easier", "normal", "everyday", "layman", "laymans", "lay", "basic", "ordinary", "regular", "simplest",
			"easiest", "small", "smaller");

	private static final Set<String> PLAIN_NOUNS = Set.of("english", "words", "word", "terms", "language", "way");

	/**
	 * A tag that asks whether the request can be done, not a question of its own: "say
	 * simpler can or not, my english not so good" (answers/blind-37).
	 */
	private static final List<List<String>> TAG_QUESTIONS = List.of(List.of("can", "or", "not"),
			List.of("can", "or", "no"), List.of("can", "anot"), List.of("can", "ah"), List.of("can", "lah"));

	/**
	 * Requests that are one only when nothing follows but a softener: "what do you
	 * mean?", "I don't understand", but not "I don't understand the difference between
	 * primary and secondary".
	 */
	private static final Set<List<String>> PLAINER_ALONE = Set.of(List.of("what", "do", "you", "mean"),
			List.of("what", "you", "mean"), List.of("i", "not", "understand"), List.of("i", "no", "understand"),
			List.of("i", "do", "not", "understand"), List.of("do", "not", "understand"),
			List.of("i", "do", "not", "get", "it"), List.of("do", "not", "get", "it"), List.of("i", "am", "lost"),
			List.of("you", "lost", "me"));

	/**
	 * What may open a plainer-words request: politeness, but not "I" ("I don't
	 * understand").
	 */
	private static final Set<String> PLAINER_LEAD = Stream
		.concat(FILLERS.stream().filter((word) -> !word.equals("i")), Stream.of("sorry", "ok", "okay"))
		.collect(Collectors.toUnmodifiableSet());

	private static final Set<String> SOFTENERS = Set.of("that", "it", "this", "sorry", "please", "pls", "la", "mate",
			"love", "by", "there", "exactly", "again", "though", "tho", "abeg", "po", "sir", "dear");

	/** Words that join a sentence to the one before: "And does it hurt". */
	private static final Set<String> JOINING_WORDS = Set.of("and", "so", "but", "also", "ok", "okay", "then", "oh",
			"well", "plus");

	/** Words that make what follows a plainer-words request a question of its own. */
	private static final Set<String> OWN_QUESTION = Set.of("what", "which", "how", "why", "when", "where", "who", "by");

	/**
	 * Verbs that open a question of its own after a plainer-words request ("say it
	 * simpler, is it serious?"), but only where they open it: "say that simpler lol my
	 * brain is fried" asks nothing more (answers/blind-21).
	 */
	private static final Set<String> OWN_QUESTION_OPENERS = Set.of("is", "are", "does", "do", "can", "could", "should",
			"will");

	private static final Map<String, Integer> ORDINALS = Map.ofEntries(Map.entry("1", 1), Map.entry("one", 1),
			Map.entry("first", 1), Map.entry("1st", 1), Map.entry("2", 2), Map.entry("two", 2), Map.entry("second", 2),
			Map.entry("2nd", 2), Map.entry("3", 3), Map.entry("three", 3), Map.entry("third", 3), Map.entry("3rd", 3));

	private static final Set<String> ORDINAL_LEAD = Set.of("the", "option", "number", "choice", "nr", "num", "pick",
			"choose", "mean", "meant", "i", "take", "answer", "question", "yes");

	private static final Set<String> ORDINAL_TAIL = Set.of("one", "option", "question", "please", "pls");

	/**
	 * Words that point back to something said before ("how is that done?", "what about
	 * those?").
	 */
	private static final Set<String> ANAPHORS = Set.of("it", "its", "that", "this", "they", "them", "em", "those",
			"these", "there", "one");

	/** What may open a question before its verb: "how does it ...". */
	private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "why", "where", "when", "which");

	/** Verbs a question asked of "it" opens with: "is it ...", "does it ...". */
	private static final Set<String> IT_VERBS = Set.of("is", "does", "can", "will", "would", "could", "should", "was",
			"did", "has");

	/** Beside these, "there" only says something exists: "is there", "there are". */
	private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been");

	/**
	 * Openings of an elliptical follow-up ("and embolization?", "what about breast
	 * cancer?").
	 */
	private static final List<List<String>> ELLIPSIS_OPENINGS = List.of(List.of("and"), List.of("what", "about"),
			List.of("ok", "and"), List.of("ok", "what", "about"), List.of("okay", "and"),
			List.of("okay", "what", "about"), List.of("so", "what", "about"), List.of("and", "what", "about"),
			List.of("how", "about"), List.of("also"), List.of("same", "for"), List.of("but"), List.of("or"),
			// texters' "and" ("n how many lobes"); "n" alone stays a "no"
			List.of("n"), List.of("ok", "n"));

	/**
	 * The words a question opens with before its subject: "what is" ablation, "how are"
	 * liver metastases treated.
	 */
	private static final Set<String> QUESTION_FRAME = Set.of("what", "which", "how", "why", "when", "where", "who",
			"is", "are", "do", "does", "can", "could", "should", "will", "there", "i");

	/**
	 * Words that open a question and say nothing of it: "so which one is the most
	 * common?".
	 */
	private static final Set<String> DISCOURSE_MARKERS = Set.of("so", "ok", "okay", "well", "right", "then", "anyway");

	/**
	 * What a question can say of a pronoun without naming anything itself: "how is that
	 * done", "does it hurt", "what does that mean", "which one is the most common out of
	 * all of them". Closed on purpose: any other word may be the question's own subject.
	 */
	private static final Set<String> PRONOUN_PREDICATES = Set.of("done", "work", "works", "mean", "means", "involve",
			"involves", "hurt", "hurts", "painful", "safe", "risky", "happen", "happens", "take", "takes", "long",
			"last", "feel", "like", "help", "helps", "used", "called", "performed", "effective", "possible", "needed",
			"common", "rare", "usual", "often", "most", "least", "more", "less", "the", "of", "out", "all", "then");

	/**
	 * Words that ask how common something is: "how common?", "is that usual?", "which one
	 * is most common?".
	 */
	private static final Set<String> COMMONNESS = Set.of("common", "commonly", "often", "usual", "usually", "typical",
			"typically", "rare", "frequent", "frequently", "most", "ballpark", "percent", "percentage");

	/**
	 * What such a question may say besides, naming no subject of its own: "and is common
	 * this? happen with many people?", "most common from where then". Closed on purpose:
	 * "how often with melanoma?" names one.
	 */
	private static final Set<String> COMMONNESS_COMPANIONS = Set.of("and", "or", "so", "ok", "okay", "well", "right",
			"then", "anyway", "how", "what", "which", "is", "are", "was", "does", "do", "it", "its", "that", "this",
			"they", "them", "those", "these", "one", "ones", "the", "a", "of", "out", "all", "very", "really",
			"actually", "quite", "pretty", "we", "talking", "with", "many", "lots", "people", "happen", "happens",
			"would", "you", "say", "in", "general", "generally", "overall", "from", "where", "kind", "type", "more",
			"less", "least", "thing", "liver", "cancer", "cancers", "metastases", "two", "both", "exactly", "roughly",
			"approximately", "about", "give", "me", "tell", "figure", "figures", "number", "numbers");

	/** Words with which an answer says how common something is ("most", "70 percent"). */
	private static final Set<String> STATED_COMMONNESS = Set.of("common", "commonly", "most", "percent");

	private static final int COMMONNESS_TOKENS = 10;

	/**
	 * How a question on a word of the last answer opens; "what you mean, vague?" as
	 * second-language writers put it (answers/dev-18).
	 */
	private static final List<List<String>> MEANING_OPENINGS = List.of(List.of("what", "do", "you", "mean"),
			List.of("what", "did", "you", "mean"), List.of("what", "you", "mean"));

	/** The most words a "what do you mean ..." question quotes from the last answer. */
	private static final int ASKED_WORDS = 3;

	/**
	 * Fragments this short say too little on their own; the last topic may say the rest.
	 */
	private static final int FRAGMENT_TOKENS = 3;

	private Phrases() {
	}

	static boolean isReset(List<String> tokens) {
		return RESETS.contains(withoutFillers(tokens));
	}

	static boolean isYes(List<String> tokens) {
		return !tokens.isEmpty() && YESES.contains(withoutFillers(tokens));
	}

	static boolean isNo(List<String> tokens) {
		return NOES.contains(withoutFillers(tokens));
	}

	/**
	 * Whether the message asks only for "the other one", perhaps half-naming one of the
	 * pair.
	 * @param pair the words that name the last topic and its other one ("ablation",
	 * "embolization")
	 */
	static boolean asksForTheOtherOne(List<String> tokens, Set<String> pair) {
		return tokens.contains("other") && tokens.stream()
			.allMatch((token) -> OTHER_ONE_WORDS.contains(token) || HALF_NAMING_WORDS.contains(token)
					|| pair.contains(token) || token.length() == 1 || beginsOneOf(token, pair));
	}

	/**
	 * "emb..." for embolization: the first letters of a name the writer cannot recall.
	 */
	private static boolean beginsOneOf(String token, Set<String> names) {
		return token.length() >= 2
				&& names.stream().anyMatch((name) -> name.length() > token.length() && name.startsWith(token));
	}

	/** Whether the message only turns down the last reply or the options offered. */
	static boolean isRejection(List<String> tokens) {
		return madeOf(tokens, REJECTION_WORDS, REJECTION_CORES);
	}

	/** Whether the message only asks to hear the last reply again. */
	static boolean asksForItAgain(List<String> tokens) {
		return madeOf(tokens, AGAIN_WORDS, AGAIN_CORES);
	}

	/**
	 * Whether a turn is made only of a closed set of words, one of them a core word that
	 * makes the move ("neither", "repeat").
	 */
	private static boolean madeOf(List<String> tokens, Set<String> words, Set<String> cores) {
		return !tokens.isEmpty() && words.containsAll(tokens) && tokens.stream().anyMatch(cores::contains);
	}

	/** Whether the message asks for the last answer again in plainer words. */
	static boolean asksForItPlainer(List<String> tokens) {
		List<String> rest = withoutPlainerLead(tokens);
		for (List<String> alone : PLAINER_ALONE) {
			if (rest.size() >= alone.size() && rest.subList(0, alone.size()).equals(alone)
					&& SOFTENERS.containsAll(rest.subList(alone.size(), rest.size()))) {
				return true;
			}
		}
		int end = plainerRequestEnd(rest);
		return end > 0 && !asksOfItsOwn(rest.subList(end, rest.size()));
	}

	/**
	 * Where a plainer-words request at the start of {@code tokens} ends, or 0 when there
	 * is none: an optional verb of saying with what is to be said and how much ("say that
	 * a bit"), then the plainer words.
	 */
	private static int plainerRequestEnd(List<String> tokens) {
		int i = 0;
		boolean verb = !tokens.isEmpty() && PLAINER_VERBS.contains(tokens.get(0));
		if (verb) {
			i++;
			for (int n = 0; n < 2 && i < tokens.size() && PLAINER_OBJECTS.contains(tokens.get(i)); n++) {
				i++;
			}
			for (int n = 0; n < 2 && i < tokens.size() && PLAINER_DEGREES.contains(tokens.get(i)); n++) {
				i++;
			}
		}
		List<String> rest = tokens.subList(i, tokens.size());
		int words = plainWordsLength(rest);
		if (words == 0) {
			for (List<String> cue : verb ? PLAINER_WORDS_AFTER_VERB : PLAINER_WORDS) {
				if (startsWith(rest, cue)) {
					words = cue.size();
					break;
				}
			}
		}
		return (words == 0) ? 0 : i + words;
	}

	/** "in plain English", "in simpler words", "in plain": how many words, or 0. */
	private static int plainWordsLength(List<String> tokens) {
		if (tokens.size() < 2 || !tokens.get(0).equals("in") || !PLAIN_ADJECTIVES.contains(tokens.get(1))) {
			return 0;
		}
		return (tokens.size() > 2 && PLAIN_NOUNS.contains(tokens.get(2))) ? 3 : 2;
	}

	private static boolean startsWith(List<String> tokens, List<String> start) {
		return tokens.size() >= start.size() && tokens.subList(0, start.size()).equals(start);
	}

	/**
	 * Whether a sentence beside a plainer-words request asks something of its own: it
	 * ends with a question mark or opens like a question.
	 */
	static boolean isQuestion(String sentence, List<String> tokens) {
		int start = 0;
		while (start < tokens.size() && JOINING_WORDS.contains(tokens.get(start))) {
			start++;
		}
		return sentence.strip().endsWith("?") || (start < tokens.size()
				&& (OWN_QUESTION.contains(tokens.get(start)) || OWN_QUESTION_OPENERS.contains(tokens.get(start))));
	}

	private static boolean asksOfItsOwn(List<String> tail) {
		for (List<String> tag : TAG_QUESTIONS) {
			if (tail.size() >= tag.size() && tail.subList(0, tag.size()).equals(tag)) {
				return asksOfItsOwn(tail.subList(tag.size(), tail.size()));
			}
		}
		for (int i = 0; i < tail.size(); i++) {
			String word = tail.get(i);
			boolean opens = i == 0 || SOFTENERS.contains(tail.get(i - 1)) || FILLERS.contains(tail.get(i - 1))
					|| JOINING_WORDS.contains(tail.get(i - 1));
			// "and can't read all that" says, it does not ask
			boolean negated = i + 1 < tail.size() && tail.get(i + 1).equals("not");
			if (OWN_QUESTION.contains(word) || (opens && !negated && OWN_QUESTION_OPENERS.contains(word))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the message only asks how common what was just said is ("how common are we
	 * talking, ballpark?").
	 */
	static boolean asksHowCommon(List<String> tokens) {
		return !tokens.isEmpty() && tokens.size() <= COMMONNESS_TOKENS && tokens.stream().anyMatch(COMMONNESS::contains)
				&& tokens.stream()
					.allMatch((token) -> COMMONNESS.contains(token) || COMMONNESS_COMPANIONS.contains(token));
	}

	/** Whether an answer's words say how common something is. */
	static boolean statesHowCommon(List<String> answer) {
		return answer.stream().anyMatch(STATED_COMMONNESS::contains);
	}

	/**
	 * The words a message asks the meaning of after "what do you mean": "what do you mean
	 * vague", "what do you mean by lesion". Empty when it is no such question, or asks
	 * nothing after it.
	 */
	static List<String> wordsAskedAbout(List<String> tokens) {
		List<String> rest = withoutPlainerLead(tokens);
		List<String> opening = MEANING_OPENINGS.stream()
			.filter((words) -> rest.size() > words.size() && rest.subList(0, words.size()).equals(words))
			.findFirst()
			.orElse(null);
		if (opening == null) {
			return List.of();
		}
		List<String> asked = rest.subList(opening.size(), rest.size())
			.stream()
			.filter((token) -> !SOFTENERS.contains(token))
			.toList();
		return (asked.size() <= ASKED_WORDS) ? asked : List.of();
	}

	/** The message after its polite opening ("sorry", "ok", "please"). */
	private static List<String> withoutPlainerLead(List<String> tokens) {
		int start = 0;
		while (start < tokens.size() && PLAINER_LEAD.contains(tokens.get(start))) {
			start++;
		}
		return tokens.subList(start, tokens.size());
	}

	static boolean isMore(List<String> tokens) {
		List<String> words = withoutFillers(tokens);
		if (words.isEmpty() || !MORE_WORDS.containsAll(words)) {
			return false;
		}
		return MORE_CORES.stream().anyMatch((core) -> java.util.Collections.indexOfSubList(words, core) >= 0);
	}

	/**
	 * The 1-based position the user picked: "2", "the first one", "option 3", "number
	 * two".
	 */
	static OptionalInt ordinal(List<String> tokens) {
		int start = 0;
		int end = tokens.size();
		while (end - start > 1 && ORDINAL_LEAD.contains(tokens.get(start))) {
			start++;
		}
		while (end - start > 1 && ORDINAL_TAIL.contains(tokens.get(end - 1))) {
			end--;
		}
		if (end - start != 1) {
			return OptionalInt.empty();
		}
		Integer position = ORDINALS.get(tokens.get(start));
		return (position != null) ? OptionalInt.of(position) : OptionalInt.empty();
	}

	/** Whether a message reads as a follow-up that leans on the last topic. */
	static boolean leansOnContext(List<String> tokens) {
		return !tokens.isEmpty()
				&& (ellipsisOpening(tokens) > 0 || tokens.size() <= FRAGMENT_TOKENS || hasAnaphor(tokens));
	}

	/**
	 * Whether a message is a question whose only subject is a pronoun ("how is that
	 * done?", "how does this work?"). Such a question names nothing, so however sure the
	 * classifier is of it alone, it is about the last topic.
	 */
	static boolean isPronounQuestion(List<String> tokens) {
		int start = 0;
		while (start < tokens.size() && DISCOURSE_MARKERS.contains(tokens.get(start))) {
			start++;
		}
		List<String> question = tokens.subList(start, tokens.size());
		return !question.isEmpty() && QUESTION_FRAME.contains(question.get(0)) && hasAnaphor(question)
				&& question.stream()
					.allMatch((token) -> QUESTION_FRAME.contains(token) || ANAPHORS.contains(token)
							|| PRONOUN_PREDICATES.contains(token));
	}

	/**
	 * Whether the message opens as an elliptical follow-up: "and ...", "what about ...".
	 */
	static boolean hasOpening(List<String> tokens) {
		return ellipsisOpening(tokens) > 0;
	}

	/**
	 * Whether the message is a fragment too short to say much alone ("skin?", "kidney
	 * cancer").
	 */
	static boolean isFragment(List<String> tokens) {
		return !tokens.isEmpty() && tokens.size() <= FRAGMENT_TOKENS;
	}

	/**
	 * "this" or "these": with nothing said before, they point at what the whole service
	 * is about.
	 */
	static boolean pointsAtTheSubject(List<String> tokens) {
		return tokens.contains("this") || tokens.contains("these");
	}

	/**
	 * "is it ...", "how does it ...": a question whose subject, right after its verb, is
	 * "it".
	 */
	static boolean asksOfIt(List<String> tokens) {
		int verb = askingVerb(tokens);
		return tokens.size() > verb + 1 && IT_VERBS.contains(tokens.get(verb)) && tokens.get(verb + 1).equals("it");
	}

	/**
	 * The question with the subject that {@link #asksOfIt} found in place of its "it".
	 */
	static List<String> replaceAskedIt(List<String> tokens, List<String> subject) {
		int it = askingVerb(tokens) + 1;
		List<String> out = new java.util.ArrayList<>(tokens.subList(0, it));
		out.addAll(subject);
		out.addAll(tokens.subList(it + 1, tokens.size()));
		return out;
	}

	private static int askingVerb(List<String> tokens) {
		return (tokens.size() > 2 && QUESTION_WORDS.contains(tokens.get(0))) ? 1 : 0;
	}

	static boolean hasAnaphor(List<String> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			if (isAnaphor(tokens, i)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the token points back. The "there" of "is there support for the family?"
	 * points nowhere: read as the last reply's subject it turned a question about support
	 * into one about ablation (answers/blind-27).
	 */
	private static boolean isAnaphor(List<String> tokens, int i) {
		if (!ANAPHORS.contains(tokens.get(i))) {
			return false;
		}
		// "how many are there?" ends on it and still means the last topic's parts
		boolean last = i + 1 == tokens.size();
		boolean existential = tokens.get(i).equals("there") && !last
				&& ((i > 0 && BE.contains(tokens.get(i - 1))) || BE.contains(tokens.get(i + 1)));
		return !existential;
	}

	/**
	 * The message without its elliptical opening: "and embolization" -> "embolization".
	 */
	static List<String> withoutOpening(List<String> tokens) {
		return tokens.subList(ellipsisOpening(tokens), tokens.size());
	}

	/** How many leading tokens of a question are its frame ("what is", "how are"). */
	static int frameLength(List<String> question) {
		int length = 0;
		while (length < question.size() - 1 && QUESTION_FRAME.contains(question.get(length))) {
			length++;
		}
		return length;
	}

	/**
	 * Each pronoun replaced by {@code subject}: "how is that done" -> "how is ablation
	 * done".
	 */
	static List<String> replaceAnaphors(List<String> tokens, List<String> subject) {
		List<String> out = new java.util.ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (isAnaphor(tokens, i)) {
				out.addAll(subject);
			}
			else {
				out.add(tokens.get(i));
			}
		}
		return out;
	}

	private static int ellipsisOpening(List<String> tokens) {
		return ELLIPSIS_OPENINGS.stream()
			.filter((opening) -> tokens.size() > opening.size() && tokens.subList(0, opening.size()).equals(opening))
			.mapToInt(List::size)
			.max()
			.orElse(0);
	}

	private static List<String> withoutFillers(List<String> tokens) {
		return tokens.stream().filter((token) -> !FILLERS.contains(token)).toList();
	}

}
