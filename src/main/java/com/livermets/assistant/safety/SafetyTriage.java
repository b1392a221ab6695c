package com.livermets.assistant.safety;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.livermets.assistant.chat.Triage;
import com.livermets.assistant.nlu.NormalizedText;

/**
 * Runs before the classifier on every message: emergencies, crises and personal symptom reports get a fixed
 * message instead of an answer. When several rules fire, crisis wins over emergency (its message also sends
 * people in immediate danger to the emergency number), and emergency wins over a symptom report; within a level
 * the first rule in the file names the verdict.
 */
public final class SafetyTriage {

	private static final List<Triage> PRIORITY = List.of(Triage.CRISIS, Triage.EMERGENCY, Triage.CONTACT_DOCTOR);

	private final List<SafetyRule> rules;

	private final Cues cues;

	private final Map<Triage, SafetyMessage> messages;

	SafetyTriage(List<SafetyRule> rules, Cues cues, Map<Triage, SafetyMessage> messages) {
		this.rules = rules.stream().sorted(Comparator.comparingInt((rule) -> PRIORITY.indexOf(rule.level()))).toList();
		this.cues = Objects.requireNonNull(cues, "cues");
		this.messages = Map.copyOf(messages);
		for (Triage level : PRIORITY) {
			if (!this.messages.containsKey(level)) {
				throw new IllegalArgumentException("no message for " + level.wireName());
			}
		}
	}

	public Optional<SafetyVerdict> assess(NormalizedText text) {
		Objects.requireNonNull(text, "text");
		SafetyRule.Message message = SafetyRule.Message.of(text.tokens(), this.cues);
		return this.rules.stream().filter((rule) -> rule.firesOn(message)).findFirst().map((rule) -> {
			SafetyMessage reply = this.messages.get(rule.level());
			return new SafetyVerdict(rule.level(), rule.id(), reply.text(), reply.sources());
		});
	}

	/** How many rules there are per level, for the startup log line. */
	Map<Triage, Long> ruleCounts() {
		return PRIORITY.stream()
			.collect(java.util.stream.Collectors.toMap((level) -> level,
					(level) -> this.rules.stream().filter((rule) -> rule.level() == level).count()));
	}

}
