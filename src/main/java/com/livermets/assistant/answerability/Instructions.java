package com.livermets.assistant.answerability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.text.NormalizedText;

import org.springframework.core.io.ResourceLoader;

/**
 * Recognises messages that get the off-topic reply whatever the classifier makes of them,
 * from {@code intents/out-of-scope/instructions.txt}: attempts to change what the
 * assistant is or does ("ignore your instructions", "pretend you're my oncologist",
 * "write me a poem"), which the classifier read by their liver words and offered "Did you
 * mean ...?"; and everyday subjects far from the page ("who won the grand final", "when
 * is the tax deadline") when nothing in the message names the service's subject. Rules
 * rather than trained examples: the phrasing of an instruction and the words of such a
 * subject are closed and recognisable, the rest of the message is not.
 */
public final class Instructions {

	private static final String SERVICE_WORDS = "service-words:";

	private static final String OFF_TOPIC = "off-topic:";

	/**
	 * Service words for a file with no off-topic lines, where they are never consulted.
	 */
	private static final Pattern NO_SERVICE_WORDS = Pattern.compile("(?!)");

	private final List<Pattern> instructions;

	private final Pattern serviceWords;

	private final List<Pattern> offTopic;

	Instructions(List<Pattern> instructions, Pattern serviceWords, List<Pattern> offTopic) {
		this.instructions = List.copyOf(instructions);
		this.serviceWords = Objects.requireNonNull(serviceWords, "serviceWords");
		this.offTopic = List.copyOf(offTopic);
	}

	/** Reads and validates the patterns. */
	public static Instructions read(ResourceLoader resourceLoader, String location) {
		return parse(ContentFile.read(resourceLoader.getResource(location), "intents/out-of-scope/instructions.txt"));
	}

	static Instructions parse(ContentFile file) {
		List<Pattern> instructions = new ArrayList<>();
		List<Pattern> offTopic = new ArrayList<>();
		Pattern serviceWords = null;
		for (ContentFile.Line line : file.meaningfulLines()) {
			String text = line.text();
			if (text.startsWith(SERVICE_WORDS)) {
				if (serviceWords != null) {
					throw new ContentException(file.name(), line.number(), "'service-words:' given twice");
				}
				serviceWords = AspectFile.regex(file, line.number(), text.substring(SERVICE_WORDS.length()).strip());
			}
			else if (text.startsWith(OFF_TOPIC)) {
				offTopic.add(AspectFile.regex(file, line.number(), text.substring(OFF_TOPIC.length()).strip()));
			}
			else {
				instructions.add(AspectFile.regex(file, line.number(), text));
			}
		}
		if (instructions.isEmpty()) {
			throw new ContentException(file.name(), "no patterns");
		}
		if (!offTopic.isEmpty() && serviceWords == null) {
			throw new ContentException(file.name(), "'off-topic:' lines need a 'service-words:' line");
		}
		return new Instructions(instructions, (serviceWords != null) ? serviceWords : NO_SERVICE_WORDS, offTopic);
	}

	/** Whether the message gets the off-topic reply whatever it is classified as. */
	public boolean isInstruction(NormalizedText text) {
		String words = text.text();
		return this.instructions.stream().anyMatch((pattern) -> pattern.matcher(words).find())
				|| (this.offTopic.stream().anyMatch((pattern) -> pattern.matcher(words).find())
						&& !this.serviceWords.matcher(words).find());
	}

}
