package com.livermets.assistant.content;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * The shipped {@code responses/service/wording.txt}, for tests outside a Spring context.
 */
public final class Wordings {

	private Wordings() {
	}

	public static Wording defaults() {
		return Wording.load(new DefaultResourceLoader(), "classpath:responses/");
	}

	/**
	 * The shipped wording with some sentences replaced, read and checked as the file
	 * would be.
	 */
	public static Wording with(Map<Wording.Key, String> replaced) {
		String text = ContentFile
			.read(new DefaultResourceLoader().getResource("classpath:responses/" + Wording.FILE), Wording.FILE)
			.text();
		for (Map.Entry<Wording.Key, String> sentence : replaced.entrySet()) {
			String key = sentence.getKey().fileKey();
			Matcher line = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*$").matcher(text);
			if (!line.find()) {
				throw new IllegalStateException("no '" + key + "' line in " + Wording.FILE);
			}
			text = line.replaceFirst(Matcher.quoteReplacement(key + ": " + sentence.getValue()));
		}
		return Wording.parse(new ContentFile(Wording.FILE, text));
	}

}
