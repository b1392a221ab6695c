package com.livermets.assistant.safety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.livermets.assistant.content.ContentFile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated example questions are information questions: none may raise an emergency or
 * crisis, or the answers they were written for would hide behind a 911 message. A
 * question about the writer's own symptom ("how do I manage nausea from chemo") may get
 * the contact-doctor reply; those are printed for review. Tagged {@code evaluation}: it
 * runs the models over whole data sets, which takes minutes, so it runs with
 * {@code ./mvnw verify}.
 */
@Tag("evaluation")
class IntentExamplesStaySafeTests {

	@Test
	void noIntentExampleRaisesAnEmergencyOrCrisis() throws IOException {
		List<String> urgent = new ArrayList<>();
		int checked = 0;
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:intents/*.txt")) {
			ContentFile file = new ContentFile("intents/" + resource.getFilename(),
					resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			for (ContentFile.Line line : file.meaningfulLines()) {
				checked++;
				Optional<SafetyVerdict> verdict = SafetyFixtures.triage().assess(line.text());
				if (verdict.isPresent()) {
					String finding = file.name() + ":" + line.number() + " " + line.text() + " -> "
							+ verdict.get().triage().wireName() + " " + verdict.get().rule();
					System.out.println("SAFETY intent example with a safety reply: " + finding);
					if (verdict.get().triage().isUrgent()) {
						urgent.add(finding);
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(100);
		assertThat(urgent).isEmpty();
	}

}
