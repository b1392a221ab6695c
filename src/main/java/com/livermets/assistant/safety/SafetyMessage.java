package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.Response;
import com.livermets.assistant.content.SourcePassage;

/**
 * The fixed, reviewed reply of one triage level, read from
 * {@code responses/safety/<level>.txt}: {@code message:} (once) and, for symptom reports
 * only, {@code source:} passages that must be verbatim in the source document.
 * {@code {emergency-number}} is the only placeholder; emergency and crisis messages must
 * use it.
 *
 * @param text the message with the emergency number filled in
 * @param sources the source passages backing it; empty for emergency and crisis
 */
record SafetyMessage(String text, List<SourcePassage> sources) {

	static final String EMERGENCY_NUMBER = "{emergency-number}";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");

	SafetyMessage {
		sources = List.copyOf(sources);
	}

	static SafetyMessage parse(ContentFile file, Triage level, String emergencyNumber, String sourceText,
			String sourceTitle) {
		String message = null;
		int messageLine = 0;
		List<SourcePassage> sources = new ArrayList<>();
		int lastLine = 1;
		for (ContentFile.Entry line : file.entries()) {
			lastLine = line.line();
			String key = line.key();
			String value = line.value();
			if (key.equals("message")) {
				if (message != null) {
					throw new ContentException(file.name(), line.line(), "'message' given twice");
				}
				message = value;
				messageLine = line.line();
			}
			else if (key.equals("source")) {
				if (level.isUrgent()) {
					throw new ContentException(file.name(), line.line(),
							"emergency and crisis messages cite no source; they must stand alone");
				}
				if (!sourceText.contains(value)) {
					throw new ContentException(file.name(), line.line(),
							"source passage is not verbatim in the source document");
				}
				sources.add(new SourcePassage(sourceTitle, value));
			}
			else {
				throw new ContentException(file.name(), line.line(),
						"unknown key '" + key + "'; expected message or source");
			}
		}
		if (message == null) {
			throw new ContentException(file.name(), lastLine, "missing 'message:'");
		}
		if (!level.isUrgent() && sources.isEmpty()) {
			throw new ContentException(file.name(), lastLine,
					"a symptom reply must cite the source passage it paraphrases");
		}
		Matcher placeholders = PLACEHOLDER.matcher(message);
		while (placeholders.find()) {
			if (!placeholders.group().equals(EMERGENCY_NUMBER)) {
				throw new ContentException(file.name(), messageLine,
						"unknown placeholder '" + placeholders.group() + "'; only " + EMERGENCY_NUMBER + " is known");
			}
		}
		if (level.isUrgent() && !message.contains(EMERGENCY_NUMBER)) {
			throw new ContentException(file.name(), messageLine,
					"the " + level.wireName() + " message must tell the user to call " + EMERGENCY_NUMBER);
		}
		String text = message.replace(EMERGENCY_NUMBER, emergencyNumber);
		if (text.length() > Response.MAX_SHORT_LENGTH) {
			throw new ContentException(file.name(), messageLine,
					"message has " + text.length() + " characters; at most " + Response.MAX_SHORT_LENGTH
							+ " fit two SMS segments with the escalation");
		}
		return new SafetyMessage(text, sources);
	}

}
