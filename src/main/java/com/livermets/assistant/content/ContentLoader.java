package com.livermets.assistant.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads and validates {@code intents/} and {@code responses/}. Anything wrong stops the
 * service with {@code file:line: what is wrong}; a half-valid catalogue would mean a
 * patient gets a wrong or unsourced answer.
 */
public final class ContentLoader {

	private static final Pattern INTENT_ID = Pattern.compile("[a-z][a-z0-9_]*");

	private static final List<String> SINGLE_KEYS = List.of("kind", "title", "short", "long", "subject", "other");

	private static final List<String> REPEATABLE_KEYS = List.of("source", "follow-up");

	private static final int MAX_FOLLOW_UPS = 3;

	private final ResourcePatternResolver resolver;

	private final ContentProperties properties;

	public ContentLoader(ResourceLoader resourceLoader, ContentProperties properties) {
		this.resolver = new PathMatchingResourcePatternResolver(resourceLoader);
		this.properties = properties;
	}

	public Content load() {
		String source = ContentFile.read(this.resolver.getResource(this.properties.source()), "source").text();
		Map<String, List<String>> examples = new LinkedHashMap<>();
		Map<String, String> seenExamples = new HashMap<>();
		for (ContentFile file : files(this.properties.intents(), "intents")) {
			examples.put(intentId(file), parseExamples(file, seenExamples));
		}
		Map<String, Response> responses = new LinkedHashMap<>();
		Map<String, Integer> followUpLines = new HashMap<>();
		for (ContentFile file : files(this.properties.responses(), "responses")) {
			responses.put(intentId(file), parseResponse(file, source, followUpLines));
		}
		crossCheck(examples, responses, followUpLines);
		return new Content(examples, responses, source);
	}

	private List<ContentFile> files(String location, String folder) {
		String base = location.endsWith("/") ? location : location + "/";
		try {
			Resource[] found = this.resolver.getResources(base + "*.txt");
			List<ContentFile> files = new ArrayList<>();
			Arrays.stream(found)
				.sorted(Comparator.comparing(Resource::getFilename))
				.forEach((resource) -> files.add(ContentFile.read(resource, folder + "/" + resource.getFilename())));
			if (files.isEmpty()) {
				throw new ContentException(folder, "no .txt files found at " + base);
			}
			return files;
		}
		catch (IOException ex) {
			throw new ContentException(folder, "cannot list " + base + ": " + ex.getMessage());
		}
	}

	private static String intentId(ContentFile file) {
		String id = file.baseName();
		if (!INTENT_ID.matcher(id).matches()) {
			throw new ContentException(file.name(), 1,
					"file name '" + id + "' must be an intent id: lower case letters, digits and _");
		}
		if (id.equals("fallback")) {
			throw new ContentException(file.name(), 1, "'fallback' is reserved for questions the service refuses");
		}
		return id;
	}

	private List<String> parseExamples(ContentFile file, Map<String, String> seen) {
		List<String> examples = new ArrayList<>();
		for (ContentFile.Line line : file.meaningfulLines()) {
			String key = line.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			String where = file.name() + ":" + line.number();
			String earlier = seen.putIfAbsent(key, where);
			if (earlier != null) {
				throw new ContentException(file.name(), line.number(),
						"example '" + line.text() + "' already appears at " + earlier);
			}
			examples.add(line.text());
		}
		if (examples.size() < this.properties.minExamplesPerIntent()) {
			throw new ContentException(file.name(), lastLine(file), "has " + examples.size()
					+ " example questions; at least " + this.properties.minExamplesPerIntent() + " are needed");
		}
		return examples;
	}

	private Response parseResponse(ContentFile file, String source, Map<String, Integer> followUpLines) {
		String intent = intentId(file);
		Map<String, String> single = new HashMap<>();
		Map<String, Integer> singleLine = new HashMap<>();
		List<SourcePassage> sources = new ArrayList<>();
		List<String> followUps = new ArrayList<>();
		for (ContentFile.Entry entry : file.entries()) {
			String key = entry.key();
			String value = entry.value();
			if (SINGLE_KEYS.contains(key)) {
				if (single.putIfAbsent(key, value) != null) {
					throw new ContentException(file.name(), entry.line(), "'" + key + "' given twice");
				}
				singleLine.put(key, entry.line());
			}
			else if (key.equals("source")) {
				if (!source.contains(value)) {
					throw new ContentException(file.name(), entry.line(),
							"source passage is not verbatim in the source document: '" + abbreviate(value) + "'");
				}
				sources.add(new SourcePassage(this.properties.sourceTitle(), value));
			}
			else if (key.equals("follow-up")) {
				if (value.equals(intent)) {
					throw new ContentException(file.name(), entry.line(), "an intent cannot follow up itself");
				}
				if (followUps.contains(value)) {
					throw new ContentException(file.name(), entry.line(), "follow-up '" + value + "' given twice");
				}
				followUps.add(value);
				followUpLines.putIfAbsent(intent + "->" + value, entry.line());
			}
			else {
				throw new ContentException(file.name(), entry.line(), "unknown key '" + key + "'; expected one of "
						+ String.join(", ", SINGLE_KEYS) + ", " + String.join(", ", REPEATABLE_KEYS));
			}
		}
		int lastLine = lastLine(file);
		for (String required : List.of("kind", "title", "short")) {
			if (!single.containsKey(required)) {
				throw new ContentException(file.name(), lastLine, "missing '" + required + ":'");
			}
		}
		ResponseKind kind = ResponseKind.parse(single.get("kind"));
		if (kind == null) {
			throw new ContentException(file.name(), singleLine.get("kind"),
					"kind must be answer, smalltalk or cannot_answer, not '" + single.get("kind") + "'");
		}
		String shortText = single.get("short");
		if (shortText.length() > Response.MAX_SHORT_LENGTH) {
			throw new ContentException(file.name(), singleLine.get("short"),
					"short reply has " + shortText.length() + " characters; at most " + Response.MAX_SHORT_LENGTH
							+ " fit two SMS segments with the escalation");
		}
		if (kind == ResponseKind.ANSWER && sources.isEmpty()) {
			throw new ContentException(file.name(), lastLine, "an answer must cite at least one 'source:' passage");
		}
		if (kind != ResponseKind.ANSWER && !sources.isEmpty()) {
			throw new ContentException(file.name(), lastLine, "only kind 'answer' may cite sources; '"
					+ single.get("kind") + "' replies are not from the source");
		}
		if (kind == ResponseKind.ANSWER && followUps.isEmpty()) {
			throw new ContentException(file.name(), lastLine, "an answer needs 1 to 3 'follow-up:' intents");
		}
		if (followUps.size() > MAX_FOLLOW_UPS) {
			throw new ContentException(file.name(), lastLine, "at most " + MAX_FOLLOW_UPS + " follow-ups");
		}
		return new Response(intent, kind, single.get("title"), shortText, single.get("long"), sources, followUps,
				single.get("subject"), single.get("other"));
	}

	private static void crossCheck(Map<String, List<String>> examples, Map<String, Response> responses,
			Map<String, Integer> followUpLines) {
		for (String intent : examples.keySet()) {
			if (!responses.containsKey(intent)) {
				throw new ContentException("intents/" + intent + ".txt", 1,
						"intent has no response file responses/" + intent + ".txt");
			}
		}
		Map<String, String> titles = new HashMap<>();
		for (Response response : responses.values()) {
			String file = "responses/" + response.intent() + ".txt";
			if (!examples.containsKey(response.intent())) {
				throw new ContentException(file, 1,
						"response has no intent file intents/" + response.intent() + ".txt");
			}
			String otherTitle = titles.putIfAbsent(response.title().toLowerCase(Locale.ROOT), response.intent());
			if (otherTitle != null) {
				throw new ContentException(file, 1, "title is the same as the title of '" + otherTitle + "'");
			}
			if (response.other() != null
					&& (!responses.containsKey(response.other()) || response.other().equals(response.intent()))) {
				throw new ContentException(file, 1, "other: '" + response.other() + "' is not another intent");
			}
			for (String followUp : response.followUps()) {
				if (!responses.containsKey(followUp)) {
					throw new ContentException(file, followUpLines.get(response.intent() + "->" + followUp),
							"follow-up '" + followUp + "' is not an intent");
				}
			}
		}
	}

	private static int lastLine(ContentFile file) {
		return file.meaningfulLines().stream().mapToInt(ContentFile.Line::number).max().orElse(1);
	}

	private static String abbreviate(String value) {
		return value.length() <= 60 ? value : value.substring(0, 57) + "...";
	}

}
