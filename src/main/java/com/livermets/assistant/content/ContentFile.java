package com.livermets.assistant.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;

/**
 * The text of one content file with its line numbers, so every validation error can name
 * {@code file:line}.
 *
 * @param name the path shown in errors, e.g. {@code intents/ablation.txt}
 * @param text the whole file
 */
public record ContentFile(String name, String text) {

	/** A line that is neither blank nor a {@code #} comment. */
	public record Line(int number, String text) {
	}

	/** A {@code key: value} line; the key is lower case and the value is not empty. */
	public record Entry(int line, String key, String value) {
	}

	public ContentFile {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(text, "text");
	}

	/**
	 * Reads a content file, failing with {@code name: file not found} when it is missing.
	 * @param resource where it is
	 * @param name the path shown in errors, e.g. {@code intents/safety/rules.txt}
	 */
	public static ContentFile read(Resource resource, String name) {
		if (!resource.exists()) {
			throw new ContentException(name, "file not found: " + resource.getDescription());
		}
		try {
			return new ContentFile(name, resource.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(name + ": cannot read " + resource.getDescription(), ex);
		}
	}

	/** The file name without folders and extension, e.g. {@code ablation}. */
	public String baseName() {
		String last = this.name.substring(this.name.lastIndexOf('/') + 1);
		int dot = last.lastIndexOf('.');
		return dot > 0 ? last.substring(0, dot) : last;
	}

	/**
	 * The meaningful lines read as {@code key: value}.
	 * @throws ContentException naming the line when one has no key or no value
	 */
	public List<Entry> entries() {
		List<Entry> entries = new ArrayList<>();
		for (Line line : meaningfulLines()) {
			int colon = line.text().indexOf(':');
			if (colon <= 0) {
				throw new ContentException(this.name, line.number(), "expected 'key: value'");
			}
			String key = line.text().substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
			String value = line.text().substring(colon + 1).strip();
			if (value.isEmpty()) {
				throw new ContentException(this.name, line.number(), "'" + key + "' has no value");
			}
			entries.add(new Entry(line.number(), key, value));
		}
		return entries;
	}

	public List<Line> meaningfulLines() {
		List<Line> lines = new ArrayList<>();
		String[] raw = this.text.split("\\R", -1);
		for (int i = 0; i < raw.length; i++) {
			String trimmed = raw[i].strip();
			if (i == 0 && trimmed.startsWith("\uFEFF")) {
				trimmed = trimmed.substring(1).strip();
			}
			if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
				lines.add(new Line(i + 1, trimmed));
			}
		}
		return lines;
	}

}
