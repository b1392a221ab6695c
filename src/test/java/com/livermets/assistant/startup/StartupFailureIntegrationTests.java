package com.livermets.assistant.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.livermets.assistant.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A bad setting or content file stops the whole service, started from its main class,
 * with a message that names it.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIntegrationTests {

	@Test
	void theServiceRefusesToStartWithABadThresholdAndSaysWhy(CapturedOutput output) {
		assertThatThrownBy(() -> run("--assistant.nlu.confidence-threshold=2.0")).isInstanceOf(Exception.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("assistant.nlu.confidence-threshold")
			.contains("must be less than or equal to 1.0");
	}

	@Test
	void aContentErrorPrintsAsFileLineProblem(CapturedOutput output, @TempDir Path dir) throws IOException {
		Path shorthand = dir.resolve("shorthand.txt");
		Files.writeString(shorthand, "# comment\nmets => metastases\nthis line has no arrow\n");
		assertThatThrownBy(() -> run("--assistant.nlu.shorthand=file:" + shorthand)).isInstanceOf(Exception.class);
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Content error: intents/lexicon/shorthand.txt:3: expected 'from => to'")
			.contains("Fix the named line in the content files");
	}

	private static void run(String... args) {
		String[] all = Stream.concat(Stream.of("--spring.main.web-application-type=none"), Stream.of(args))
			.toArray(String[]::new);
		SpringApplication.run(Application.class, all).close();
	}

}
