package com.livermets.assistant.answerability;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.text.NormalizedText;

import org.springframework.core.io.ResourceLoader;

/**
 * Which aspect a question asks, and the honest reply when the page does not cover it for
 * the topic. The classifier only knows topics: "side effects of embolization" and "what
 * is embolization" share one, and the topic's snippet answers only the second.
 */
public final class Aspects {

	/** The default location, as errors name it. */
	static final String FILE = "responses/aspects/aspects.txt";

	private static final String ASPECT = "{aspect}";

	private static final String TOPIC = "{topic}";

	/** What an aspect that names its topic says when the topic has no name. */
	private static final String IT = "it";

	private final List<Aspect> aspects;

	private final Map<String, String> topicNames;

	private final String reply;

	private final String generalReply;

	private final List<Pattern> whatItIs;

	Aspects(List<Aspect> aspects, Map<String, String> topicNames, String reply, String generalReply,
			List<Pattern> whatItIs) {
		this.aspects = List.copyOf(aspects);
		this.topicNames = Map.copyOf(topicNames);
		this.reply = Objects.requireNonNull(reply, "reply");
		this.generalReply = Objects.requireNonNull(generalReply, "generalReply");
		this.whatItIs = List.copyOf(whatItIs);
	}

	/**
	 * Reads and validates the aspect file; {@code content} names the intents it may refer
	 * to.
	 */
	public static Aspects read(ResourceLoader resourceLoader, String location, Content content) {
		return AspectFile.parse(ContentFile.read(resourceLoader.getResource(location), FILE), content);
	}

	public List<Aspect> all() {
		return this.aspects;
	}

	/** The first aspect, in file order, that the question asks. */
	public Optional<Aspect> askedIn(NormalizedText question) {
		String text = question.text();
		return this.aspects.stream().filter((aspect) -> aspect.askedIn(text)).findFirst();
	}

	/**
	 * The first aspect, in file order, that a statement names by a name it has ("the
	 * oncologist said something about FOLFOX"), for the question after it that points
	 * back ("does that stuff work on liver spots?").
	 */
	public Optional<Aspect> namedIn(NormalizedText statement) {
		String text = statement.text();
		return this.aspects.stream().filter((aspect) -> aspect.namedIn(text)).findFirst();
	}

	/**
	 * Whether the question also asks what its topic is ("embolization: what is it, and
	 * how many sessions?"), which the topic's snippet answers beside the aspect it does
	 * not.
	 */
	public boolean asksWhatItIs(NormalizedText question) {
		String text = question.text();
		return this.whatItIs.stream().anyMatch((pattern) -> pattern.matcher(text).find());
	}

	/**
	 * The aspect the question asks that the page does not answer for {@code intent}, if
	 * any.
	 * @param question the question part of the message, normalized
	 * @param intent the question's topic, an intent whose reply is drawn from the page
	 */
	public Optional<Aspect> gap(NormalizedText question, String intent) {
		return askedIn(question).filter((aspect) -> !aspect.isCoveredFor(intent));
	}

	/**
	 * "The page I draw on does not say what the side effects or risks are for
	 * embolization; ..."
	 */
	public String reply(Aspect aspect, String intent) {
		String topic = aspect.general() ? null : this.topicNames.get(intent);
		if (aspect.says().contains(TOPIC)) {
			// the aspect names the topic itself: "where ablation is offered", or "where
			// it is offered" unnamed
			return this.generalReply.replace(ASPECT, aspect.says().replace(TOPIC, (topic != null) ? topic : IT));
		}
		if (topic == null) {
			return this.generalReply.replace(ASPECT, aspect.says());
		}
		return this.reply.replace(ASPECT, aspect.says()).replace(TOPIC, topic);
	}

}
