package com.livermets.assistant.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ResourceLoader;

/**
 * What the service says in its own voice (the escalation message, the fallback, the SMS
 * help...), read from {@code responses/service/wording.txt}. Like every content file it
 * is checked at startup, so a clinician edits the sentences in one place and a mistake
 * stops the service with the file and line.
 */
public final class Wording {

	/** Where the file lives, below the responses folder. */
	static final String FILE = "service/wording.txt";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

	/** The sentences, by their key in the file. */
	public enum Key {

		/** Ends every reply and every refusal, on every channel. */
		ESCALATION,
		/**
		 * What the service can help with; other sentences quote it as {@code {topics}}.
		 */
		TOPICS,
		/** The reply when the service will not guess. */
		FALLBACK,
		/** The reply when the user turns down every offered option. */
		DECLINED,
		/** The reply to "start over". */
		RESET,
		/** The reply to "tell me more" when the topic has no longer form. */
		NO_MORE,
		/** The question before the numbered options of a clarification. */
		CLARIFY,
		/** How to answer a clarification, after its options. */
		CLARIFY_REPLY,
		/** The name a portal inbox shows as the sender of every reply. */
		SENDER_NAME,
		/** The SMS reply to HELP. */
		SMS_HELP,
		/** The SMS reply to START after an opt-out. */
		SMS_RESUMED,
		/** The one SMS a sender over the rate limit gets per window. */
		SMS_THROTTLED,
		/** The SMS reply to a text over the length limit. */
		SMS_TOO_LONG("length", "max"),
		/**
		 * A message over a rate limit, on the web API and the portal; {@code {wait}} is a
		 * wait below.
		 */
		THROTTLED("wait"),
		/** A wait of one second. */
		WAIT_SECOND,
		/** A wait of several seconds. */
		WAIT_SECONDS("seconds"),
		/**
		 * The answer to a failure of the service's own (HTTP 500); it reveals nothing
		 * about the failure.
		 */
		UNEXPECTED_ERROR;

		private final List<String> placeholders;

		Key(String... placeholders) {
			this.placeholders = List.of(placeholders);
		}

		/** The key as written in the file, e.g. {@code no-more}. */
		public String fileKey() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	private final Map<Key, String> texts;

	private final Map<Key, String> places;

	private Wording(Map<Key, String> texts, Map<Key, String> places) {
		this.texts = texts;
		this.places = places;
	}

	/** Reads and checks {@code service/wording.txt} below the responses folder. */
	public static Wording load(ResourceLoader resourceLoader, String responses) {
		String base = responses.endsWith("/") ? responses : responses + "/";
		return parse(ContentFile.read(resourceLoader.getResource(base + FILE), "responses/" + FILE));
	}

	/**
	 * Checks the file: every key once, nothing else, and no placeholder the key cannot
	 * fill.
	 */
	public static Wording parse(ContentFile file) {
		Map<Key, ContentFile.Entry> entries = new EnumMap<>(Key.class);
		for (ContentFile.Entry entry : file.entries()) {
			Key key = keyOf(entry.key());
			if (key == null) {
				throw new ContentException(file.name(), entry.line(), "unknown key '" + entry.key() + "'");
			}
			if (entries.putIfAbsent(key, entry) != null) {
				throw new ContentException(file.name(), entry.line(), "'" + entry.key() + "' is given twice");
			}
		}
		Map<Key, String> texts = new EnumMap<>(Key.class);
		Map<Key, String> places = new EnumMap<>(Key.class);
		for (Key key : Key.values()) {
			ContentFile.Entry entry = entries.get(key);
			if (entry == null) {
				throw new ContentException(file.name(), "'" + key.fileKey() + "' is missing");
			}
			texts.put(key, expand(file, entry, key, entries));
			places.put(key, file.name() + ":" + entry.line());
		}
		return new Wording(texts, places);
	}

	private static String expand(ContentFile file, ContentFile.Entry entry, Key key, Map<Key, ContentFile.Entry> all) {
		Matcher placeholder = PLACEHOLDER.matcher(entry.value());
		StringBuilder text = new StringBuilder();
		while (placeholder.find()) {
			String name = placeholder.group(1);
			String replacement;
			if (key.placeholders.contains(name)) {
				replacement = placeholder.group();
			}
			else if (key != Key.TOPICS && Key.TOPICS.fileKey().equals(name)) {
				replacement = all.get(Key.TOPICS).value();
			}
			else {
				throw new ContentException(file.name(), entry.line(),
						"'" + key.fileKey() + "' cannot use {" + name + "}; it may use " + allowed(key));
			}
			placeholder.appendReplacement(text, Matcher.quoteReplacement(replacement));
		}
		placeholder.appendTail(text);
		return text.toString();
	}

	private static String allowed(Key key) {
		List<String> names = new ArrayList<>();
		if (key != Key.TOPICS) {
			names.add(Key.TOPICS.fileKey());
		}
		names.addAll(key.placeholders);
		return names.isEmpty() ? "none" : "{" + String.join("}, {", names) + "}";
	}

	private static Key keyOf(String fileKey) {
		for (Key key : Key.values()) {
			if (key.fileKey().equals(fileKey)) {
				return key;
			}
		}
		return null;
	}

	/** The sentence, with {@code {topics}} filled in. */
	public String text(Key key) {
		return this.texts.get(Objects.requireNonNull(key, "key"));
	}

	/**
	 * The sentence with its placeholders filled.
	 * @param values by placeholder name, e.g. {@code length}
	 */
	public String text(Key key, Map<String, ?> values) {
		String text = text(key);
		for (String name : key.placeholders) {
			text = text.replace("{" + name + "}", String.valueOf(values.get(name)));
		}
		return text;
	}

	/**
	 * Where the sentence is written, {@code file:line}, for checks made where it is used.
	 */
	public String where(Key key) {
		return this.places.get(Objects.requireNonNull(key, "key"));
	}

	/**
	 * The refusal of a message over a rate limit, for a sender who must wait
	 * {@code seconds}.
	 */
	public String throttled(long seconds) {
		String wait = (seconds == 1) ? text(Key.WAIT_SECOND) : text(Key.WAIT_SECONDS, Map.of("seconds", seconds));
		return text(Key.THROTTLED, Map.of("wait", wait));
	}

	/** Shorthand for the escalation message. */
	public String escalation() {
		return text(Key.ESCALATION);
	}

}
