package com.livermets.assistant.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prints one row per case of the read sets named as arguments: the label, the service's
 * level, the rules' level, the message's English word count, and the model's reading
 * (lowest none over its windows, highest crisis, emergency and symptom). For choosing a
 * threshold offline on sets held out of the model's training; never point it at an unread
 * blind set. Run like {@link SafetyExplain}.
 */
public final class SafetyReadingTable {

	private SafetyReadingTable() {
	}

	public static void main(String[] args) {
		SafetyTriage triage = SafetyFixtures.triage();
		SafetyModel model = triage.model().orElseThrow();
		List<String[]> cases = new ArrayList<>();
		for (String folder : args) {
			for (SafetyFixtures.SetCase c : SafetyFixtures.lastTurns(folder)) {
				cases.add(new String[] { folder, c.file() + ":" + c.row(), c.label(), c.message() });
			}
		}
		List<String> lines = cases.parallelStream().map((c) -> {
			SafetyTriage.Reading reading = triage.read(c[3]);
			Triage byRules = Objects.requireNonNullElse(reading.rules(), Triage.NONE);
			String got = triage.assess(c[3]).map((v) -> v.triage().wireName() + "/" + v.rule()).orElse("none/-");
			SafetyModel.Reading m = model.read(c[3]);
			return String.join("\t", c[0], c[1], c[2], got, byRules.wireName(), String.valueOf(reading.words()),
					String.format("%.4f", m.leastNone()), String.format("%.4f", m.highest().get(Triage.CRISIS)),
					String.format("%.4f", m.highest().get(Triage.EMERGENCY)),
					String.format("%.4f", m.highest().get(Triage.CONTACT_DOCTOR)),
					String.valueOf(reading.crisisQuieted()), c[3].replace('\t', ' '));
		}).toList();
		lines.forEach(System.out::println);
	}

}
