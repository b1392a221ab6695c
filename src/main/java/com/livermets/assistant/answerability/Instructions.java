package com.livermets.assistant.answerability;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.text.NormalizedText;

import org.springframework.core.io.ResourceLoader;

/**
 * Recognises messages that try to change what the assistant is or does ("ignore your
 * instructions", "pretend you're my oncologist", "write me a poem"), from
 * {@code intents/out-of-scope/instructions.txt}. The classifier reads them by their liver
 * words and offered "Did you mean ...?"; they get the off-topic reply instead. Rules
 * rather than trained examples: the phrasing of an instruction is closed and
 * recognisable, its subject is not.
 */
public final class Instructions {

	private final List<Pattern> patterns;

	Instructions(List<Pattern> patterns) {
		this.patterns = List.copyOf(patterns);
	}

	/** Reads and validates the instruction patterns. */
	public static Instructions read(ResourceLoader resourceLoader, String location) {
		return parse(ContentFile.read(resourceLoader.getResource(location), "intents/out-of-scope/instructions.txt"));
	}

	static Instructions parse(ContentFile file) {
		List<Pattern> patterns = new ArrayList<>();
		for (ContentFile.Line line : file.meaningfulLines()) {
			patterns.add(AspectFile.regex(file, line.number(), line.text()));
		}
		if (patterns.isEmpty()) {
			throw new ContentException(file.name(), "no patterns");
		}
		return new Instructions(patterns);
	}

	public boolean isInstruction(NormalizedText text) {
		return this.patterns.stream().anyMatch((pattern) -> pattern.matcher(text.text()).find());
	}

}
