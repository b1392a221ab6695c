package com.livermets.assistant.safety;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.livermets.assistant.chat.Triage;
import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.nlu.TextNormalizer;

import org.springframework.core.io.ResourceLoader;

/**
 * Reads and validates the rule file, the cue file and the three fixed messages, then proves every rule still
 * fires on its own examples. Anything wrong stops the service with {@code file:line: problem}.
 */
final class SafetyLoader {

	private final ResourceLoader resources;

	private final SafetyProperties properties;

	private final TextNormalizer normalizer;

	SafetyLoader(ResourceLoader resources, SafetyProperties properties, TextNormalizer normalizer) {
		this.resources = resources;
		this.properties = properties;
		this.normalizer = normalizer;
	}

	SafetyTriage load(String sourceText, String sourceTitle) {
		ContentFile ruleFile = read(this.properties.rules(), "intents/safety/rules.txt");
		List<SafetyRule> rules = RuleFile.parse(ruleFile);
		Cues cues = Cues.parse(read(this.properties.cues(), "intents/safety/cues.txt"));
		Map<Triage, SafetyMessage> messages = new EnumMap<>(Triage.class);
		for (Triage level : List.of(Triage.EMERGENCY, Triage.CRISIS, Triage.CONTACT_DOCTOR)) {
			String name = level.wireName() + ".txt";
			String folder = this.properties.messages().endsWith("/") ? this.properties.messages()
					: this.properties.messages() + "/";
			messages.put(level, SafetyMessage.parse(read(folder + name, "responses/safety/" + name), level,
					this.properties.emergencyNumber(), sourceText, sourceTitle));
		}
		checkExamples(ruleFile, rules, cues);
		return new SafetyTriage(rules, cues, messages);
	}

	/** An edit that breaks a rule fails here, at startup, rather than when a patient needs it. */
	private void checkExamples(ContentFile ruleFile, List<SafetyRule> rules, Cues cues) {
		for (SafetyRule rule : rules) {
			for (SafetyRule.Example example : rule.examples()) {
				if (!rule.firesOn(SafetyRule.Message.of(this.normalizer.normalize(example.text()).tokens(), cues))) {
					throw new ContentException(ruleFile.name(), example.line(),
							"rule '" + rule.id() + "' does not fire on its example '" + example.text() + "'");
				}
			}
		}
	}

	private ContentFile read(String location, String name) {
		return ContentFile.read(this.resources.getResource(location), name);
	}

}
