package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;

/**
 * The context words that decide whether a matched phrase is really happening to someone
 * now: negation ("no fever"), hypotheticals ("what if"), information questions ("can
 * liver mets cause itching") and personal markers ("my dad"). Read from the cue file,
 * lines of {@code name: entry, entry, ...}; an entry may have several words.
 *
 * @param negations single words that deny what follows ("no", "not", "never")
 * @param negationFillers words that may stand between a negation and the phrase it denies
 * ("have", "any")
 * @param negationJoins words that carry a negation on to the next item of a list ("or")
 * @param personal words showing the message is about the writer or someone close ("i",
 * "my", "dad")
 * @param questions openings of an information question ("what", "can", "tell me")
 * @param general words that make a question about people in general ("cause", "symptoms",
 * "patients")
 * @param hypothetical openings of something that is not happening ("what if", "in case",
 * "ever")
 * @param realWords words never read as a typo of a rule word, beyond the English word
 * lists (names, jargon)
 * @param past markers of an event that is over ("years ago", "all sorted now")
 * @param present markers that it is happening again or still ("now", "again", "this
 * morning")
 * @param asides phrases that frame a question and say nothing of time ("just curious"),
 * whose words never count as present
 * @param crisisDenials phrases that say a crisis is not there ("not suicidal", "no
 * thoughts of harming myself"), which the meaning-based detectors do not read
 * @param figuresOfSpeech idioms built of risk words ("dying for a cuppa", "dead on my
 * feet"), which the meaning-based detectors do not read either
 * @param safekeepingActions keeping, locking away or getting rid of something ("store",
 * "lock up", "dispose of")
 * @param safekeepingPurposes why: safety, children, the pharmacy ("safest", "grandkids",
 * "chemist")
 * @param safekeepingAsks words of a question or a request for advice ("how", "where",
 * "safest way"), one of which a safekeeping sentence must hold
 * @param medicines what is kept ("morphine", "tablets")
 * @param medicineAmounts how much of it there is ("half a bottle", "a box of"), which
 * makes a sentence an inventory of what a safekeeping question asks about
 * @param dosing what a question on taking a medicine as prescribed asks ("a day", "missed
 * a dose", "double up")
 * @param reassurances words that say all is well now and the question is asked ahead
 * ("she is fine, I just want to know what to look for")
 * @param hearsay words that make a reassurance someone else's ("he says he is fine"),
 * which after a fall or a faint is what people say (H27)
 * @param misread plain complaints that the sentence embeddings put beside an emergency
 * ("I can't sleep" beside "I can't wake him"); the meaning-based detectors skip them
 * @param supportAsks a request for support ("is there any help for", "support group"):
 * the classifier then reads no crisis in the whole message, only in its sentences
 */
record Cues(Set<String> negations, Set<String> negationFillers, Set<String> negationJoins, Set<List<String>> personal,
		Set<List<String>> questions, Set<List<String>> general, Set<List<String>> hypothetical, Set<String> realWords,
		Set<List<String>> past, Set<List<String>> present, Set<List<String>> asides, Set<List<String>> crisisDenials,
		Set<List<String>> figuresOfSpeech, Set<List<String>> safekeepingActions, Set<List<String>> safekeepingPurposes,
		Set<List<String>> safekeepingAsks, Set<List<String>> medicines, Set<List<String>> medicineAmounts,
		Set<List<String>> dosing, Set<List<String>> reassurances, Set<List<String>> hearsay, Set<List<String>> misread,
		Set<List<String>> supportAsks) {

	static final int MAX_NEGATION_FILLERS = 3;

	static final int MAX_JOINED_ITEM = 4;

	/**
	 * Words before a phrase that a hypothetical opening reaches: in practice the rest of
	 * its sentence.
	 */
	static final int HYPOTHETICAL_REACH = 12;

	/** Words before a reassurance that hearsay reaches: "says he is fine". */
	static final int HEARSAY_REACH = 3;

	private static final List<String> NAMES = List.of("negation", "negation-filler", "negation-join", "personal",
			"question", "general", "hypothetical", "real-words", "past", "present", "aside", "crisis-denial",
			"figure-of-speech", "safekeeping-action", "safekeeping-purpose", "safekeeping-ask", "medicine",
			"medicine-amount", "dosing", "reassurance", "hearsay", "misread", "support-ask");

	/**
	 * "in 2019": a year before this one, after "in", is as clearly over as "years ago".
	 */
	private static final Pattern YEAR = Pattern.compile("(19|20)[0-9]{2}");

	static Cues parse(ContentFile file) {
		Map<String, Set<List<String>>> entries = new HashMap<>();
		int lastLine = 1;
		for (ContentFile.Entry line : file.entries()) {
			lastLine = line.line();
			String name = line.key();
			if (!NAMES.contains(name)) {
				throw new ContentException(file.name(), line.line(),
						"unknown cue list '" + name + "'; expected one of " + String.join(", ", NAMES));
			}
			if (entries.containsKey(name)) {
				throw new ContentException(file.name(), line.line(), "'" + name + "' given twice");
			}
			entries.put(name, parseEntries(file, line, name, line.value()));
		}
		for (String name : NAMES) {
			if (!entries.containsKey(name)) {
				throw new ContentException(file.name(), lastLine, "missing '" + name + ":'");
			}
		}
		return new Cues(single(entries.get("negation")), single(entries.get("negation-filler")),
				single(entries.get("negation-join")), entries.get("personal"), entries.get("question"),
				entries.get("general"), entries.get("hypothetical"), single(entries.get("real-words")),
				entries.get("past"), entries.get("present"), entries.get("aside"), entries.get("crisis-denial"),
				entries.get("figure-of-speech"), entries.get("safekeeping-action"), entries.get("safekeeping-purpose"),
				entries.get("safekeeping-ask"), entries.get("medicine"), entries.get("medicine-amount"),
				entries.get("dosing"), entries.get("reassurance"), entries.get("hearsay"), entries.get("misread"),
				entries.get("support-ask"));
	}

	private static Set<List<String>> parseEntries(ContentFile file, ContentFile.Entry line, String name, String value) {
		Set<List<String>> parsed = new LinkedHashSet<>();
		for (String entry : value.split(",")) {
			String trimmed = entry.strip();
			if (!trimmed.matches("[\\p{Ll}0-9]+( [\\p{Ll}0-9]+)*")) {
				throw new ContentException(file.name(), line.line(),
						"'" + name + "' entry '" + trimmed + "' must be lower case words separated by single spaces");
			}
			boolean singleWord = !trimmed.contains(" ");
			if (!singleWord && List.of("negation", "negation-filler", "negation-join", "real-words").contains(name)) {
				throw new ContentException(file.name(), line.line(),
						"'" + name + "' entries are single words, not '" + trimmed + "'");
			}
			if (!parsed.add(List.of(trimmed.split(" ")))) {
				throw new ContentException(file.name(), line.line(), "'" + trimmed + "' listed twice");
			}
		}
		return Set.copyOf(parsed);
	}

	private static Set<String> single(Set<List<String>> entries) {
		List<String> words = new ArrayList<>();
		entries.forEach((entry) -> words.add(entry.get(0)));
		return Set.copyOf(words);
	}

	/**
	 * "no chest pain", "I do not have any fever": a negation, then at most a few filler
	 * words, then the span. A join carries the negation over the item before it: "no
	 * fever or chills", "has not passed out or fainted".
	 */
	boolean isNegated(List<String> tokens, RulePattern.Span span) {
		int i = span.start() - 1;
		int fillers = 0;
		while (i >= 0 && fillers <= MAX_NEGATION_FILLERS) {
			String token = tokens.get(i);
			if (this.negations.contains(token)) {
				return true;
			}
			if (this.negationJoins.contains(token)) {
				return negationBefore(tokens, i);
			}
			if (!this.negationFillers.contains(token)) {
				return false;
			}
			fillers++;
			i--;
		}
		return false;
	}

	/**
	 * Whether the list item ending just before the join at {@code join} was itself
	 * negated.
	 */
	private boolean negationBefore(List<String> tokens, int join) {
		for (int i = join - 1; i >= 0 && join - 1 - i <= MAX_JOINED_ITEM; i--) {
			if (this.negations.contains(tokens.get(i))) {
				return true;
			}
		}
		return false;
	}

	/** "what if I get chest pain": a hypothetical opening shortly before the span. */
	boolean isHypothetical(List<String> tokens, RulePattern.Span span) {
		int from = Math.max(0, span.start() - HYPOTHETICAL_REACH);
		for (int i = from; i < span.start(); i++) {
			if (startsAt(tokens, i, this.hypothetical) > 0) {
				return true;
			}
		}
		return false;
	}

	/** "if he ever vomits blood, ...": a hypothetical opening anywhere in a sentence. */
	boolean isHypothetical(List<String> tokens) {
		return contains(tokens, this.hypothetical);
	}

	/**
	 * "he had a seizure in 2018, none since": the sentence tells of something clearly
	 * over, and nothing in it says it is happening again or still ("now", "again", "this
	 * morning"). A present marker inside a past one ("all sorted now") or inside an aside
	 * ("just curious") does not count.
	 * @param thisYear the current year; "in 2026" is not over in 2026
	 */
	boolean isResolvedPast(List<String> tokens, int thisYear) {
		// words of a past phrase or an aside: a present marker among them does not count
		boolean[] spokenFor = new boolean[tokens.size()];
		boolean past = false;
		for (int i = 0; i < tokens.size(); i++) {
			int length = startsAt(tokens, i, this.past);
			if (length == 0 && i + 1 < tokens.size() && tokens.get(i).equals("in")
					&& YEAR.matcher(tokens.get(i + 1)).matches() && Integer.parseInt(tokens.get(i + 1)) < thisYear) {
				length = 2;
			}
			if (length > 0) {
				past = true;
				// "it's all cleared up now": the "now" closes the past phrase
				int end = (i + length < tokens.size() && tokens.get(i + length).equals("now")) ? i + length + 1
						: i + length;
				Arrays.fill(spokenFor, i, end, true);
			}
		}
		if (!past) {
			return false;
		}
		for (int i = 0; i < tokens.size(); i++) {
			int length = startsAt(tokens, i, this.asides);
			if (length > 0) {
				Arrays.fill(spokenFor, i, i + length, true);
			}
		}
		for (int i = 0; i < tokens.size(); i++) {
			if (!spokenFor[i] && startsAt(tokens, i, this.present) > 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The words the meaning-based detectors read: without the phrases that deny a crisis
	 * and without figures of speech built of risk words. The sentence embeddings read
	 * neither negation nor idiom (the classifier put "I'm not going to top myself, don't
	 * worry" at 0.98 crisis, and "dying for a fag" and "this pill organiser is my
	 * lifesaver" past its threshold too), so the phrase alone would raise the alarm;
	 * whatever else the sentence says is still read, and the rules still read every word.
	 */
	List<String> forMeaning(List<String> tokens) {
		List<String> kept = null;
		int i = 0;
		while (i < tokens.size()) {
			int length = startsAtAny(tokens, i, this.crisisDenials, this.figuresOfSpeech, this.misread);
			if (length > 0 && kept == null) {
				kept = new ArrayList<>(tokens.subList(0, i));
			}
			if (length > 0) {
				i += length;
				continue;
			}
			if (kept != null) {
				kept.add(tokens.get(i));
			}
			i++;
		}
		return (kept != null) ? kept : tokens;
	}

	/** Whether the words name the writer or someone close to them ("i", "my dad"). */
	boolean namesSomeone(List<String> tokens) {
		return contains(tokens, this.personal);
	}

	/**
	 * "can liver mets cause itching": the sentence opens like a question and the message
	 * names nobody in particular. Returns false for "can not ..." and "is not ...", which
	 * are statements.
	 * @param namesSomeone whether the whole message names someone real; a question after
	 * "my dad has ..." is his
	 */
	boolean isInformationQuestion(List<String> tokens, boolean namesSomeone) {
		return opensAsQuestion(tokens) && !namesSomeone;
	}

	/**
	 * Whether the sentence opens as a question ("is that usual?"), whoever it names; "can
	 * not breathe" is a statement.
	 */
	boolean opensAsQuestion(List<String> tokens) {
		int aside = startsAt(tokens, 0, this.asides);
		int opening = startsAt(tokens, aside, this.questions);
		return opening > 0
				&& (aside + opening >= tokens.size() || !this.negations.contains(tokens.get(aside + opening)));
	}

	/**
	 * "what are the risks of bleeding after ablation?": the sentence opens as a question,
	 * asks about people in general and names nobody itself, whoever the rest of the
	 * message names.
	 */
	boolean asksInGeneral(List<String> tokens) {
		List<String> asked = tokens.subList(startsAt(tokens, 0, this.asides), tokens.size());
		return opensAsQuestion(tokens) && contains(asked, this.general) && !namesSomeone(asked);
	}

	/**
	 * "Is there any help for my husband Earl? He's took this harder than me": the message
	 * asks for support, and the distress it tells is why. The classifier reads such a
	 * message sentence by sentence, not as a whole (answers/blind-19).
	 */
	boolean asksForSupport(List<String> tokens) {
		return contains(tokens, this.supportAsks);
	}

	/**
	 * "Mama is fine, I just want to know what I'm looking for": the writer says all is
	 * well now, so a question about people in general elsewhere in the message is asked
	 * ahead of need.
	 */
	boolean reassures(List<String> tokens) {
		for (int i = 0; i < tokens.size(); i++) {
			if (startsAt(tokens, i, this.reassurances) > 0 && !heardFrom(tokens, i)) {
				return true;
			}
		}
		return false;
	}

	/** "he says he is fine": a word of hearsay just before the reassurance. */
	private boolean heardFrom(List<String> tokens, int reassurance) {
		for (int i = Math.max(0, reassurance - HEARSAY_REACH); i < reassurance; i++) {
			if (startsAt(tokens, i, this.hearsay) > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "what are the signs of a stroke": an information question about people in general.
	 */
	boolean isGeneralQuestion(List<String> tokens, boolean namesSomeone) {
		return isInformationQuestion(tokens, namesSomeone) && contains(tokens, this.general);
	}

	/**
	 * "what is the safest way to store his morphine with the grandchildren around?": the
	 * sentence asks how to keep, lock away or get rid of something for safety's sake (it
	 * holds a word of asking: "save the pharmacy the trouble of disposal" is a plan),
	 * with no negation before the action ("I did not return it to the pharmacy" is no
	 * such question). The sentence embeddings put such questions beside stockpiling (the
	 * classifier read them as a crisis in nearly every independent set), so the
	 * meaning-based detectors read no crisis in this sentence, nor in the whole message;
	 * the rules still read every word, and every other sentence is read as before.
	 */
	boolean asksAboutSafekeeping(List<String> sentence) {
		if (!contains(sentence, this.safekeepingAsks)) {
			return false;
		}
		for (int i = 0; i < sentence.size(); i++) {
			int length = startsAt(sentence, i, this.safekeepingActions);
			if (length > 0 && !isNegated(sentence, new RulePattern.Span(i, i + length))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the words name a medicine ("morphine", "tablets") and why it is to be kept
	 * safe or got rid of ("the grandkids", "no longer needed").
	 */
	boolean namesMedicineKeptSafe(List<String> tokens) {
		return contains(tokens, this.medicines) && contains(tokens, this.safekeepingPurposes);
	}

	/**
	 * "If I forget a dose of the oxycodone, should I double up?", "how much paracetamol
	 * is safe for him in a day?": a question on taking a medicine as prescribed. The
	 * sentence embeddings put it beside an overdose (a crisis false alarm in nine
	 * independent sets), so it is read like a safekeeping question; the rules still read
	 * every word ("how many would kill").
	 */
	boolean asksAboutDosing(List<String> sentence) {
		return contains(sentence, this.safekeepingAsks) && contains(sentence, this.dosing)
				&& (contains(sentence, this.medicines) || sentence.contains("dose") || sentence.contains("doses"));
	}

	/**
	 * "We have 3 bottles plus the liquid morphine": a sentence that only counts the
	 * medicines a safekeeping question in the same message is about.
	 */
	boolean countsMedicine(List<String> sentence) {
		return contains(sentence, this.medicines) && contains(sentence, this.medicineAmounts);
	}

	private static boolean contains(List<String> tokens, Set<List<String>> entries) {
		for (int i = 0; i < tokens.size(); i++) {
			if (startsAt(tokens, i, entries) > 0) {
				return true;
			}
		}
		return false;
	}

	/** The longest entry of any of the lists that starts at the index, or 0. */
	@SafeVarargs
	private static int startsAtAny(List<String> tokens, int index, Set<List<String>>... lists) {
		int longest = 0;
		for (Set<List<String>> entries : lists) {
			longest = Math.max(longest, startsAt(tokens, index, entries));
		}
		return longest;
	}

	/** The length of the longest entry that starts at {@code index}, or 0. */
	private static int startsAt(List<String> tokens, int index, Set<List<String>> entries) {
		int longest = 0;
		for (List<String> entry : entries) {
			if (entry.size() > longest && index + entry.size() <= tokens.size()
					&& tokens.subList(index, index + entry.size()).equals(entry)) {
				longest = entry.size();
			}
		}
		return longest;
	}

}
