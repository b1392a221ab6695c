package com.livermets.assistant.nlu;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

/**
 * The build step that trains the model ({@code process-classes}, see the pom): it starts
 * only the content, NLU and safety beans, with the service's own configuration, so the
 * examples it embeds and the classifier it trains are exactly those the service would,
 * then writes them to {@link BuiltModel#RESOURCE}. Entries of an earlier build whose
 * inputs are unchanged are reused, so a rebuild after a small content edit takes seconds.
 */
public final class ModelBuild {

	private ModelBuild() {
	}

	/**
	 * @param args the file to write, normally {@code target/classes/model/nlu-model.bin}
	 */
	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: ModelBuild <output file>");
		}
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Beans.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			// plain logs; and no "content differs from the built model" warning: here
			// that is the point
			.run("--logging.structured.format.console=",
					"--logging.level.com.livermets.assistant.nlu.NluConfiguration=error")) {
			BuiltModel model = new BuiltModel(SentenceEmbeddings.usedExamples(), EmbeddingClassifier.used());
			model.write(Path.of(args[0]));
			System.out.printf(
					"Built the NLU model: %d example vectors (%d reused from the previous build), "
							+ "%d classifier, in %d ms -> %s%n",
					model.vectorCount(), BuiltModel.bundled().vectorCount(), model.classifierCount(),
					(System.nanoTime() - started) / 1_000_000, args[0]);
		}
	}

	/**
	 * Not a {@code @Configuration}: the service's component scan must never pick it up.
	 */
	@ComponentScan(basePackages = { "com.livermets.assistant.content", "com.livermets.assistant.nlu",
			"com.livermets.assistant.safety" })
	@ConfigurationPropertiesScan(basePackages = { "com.livermets.assistant.content", "com.livermets.assistant.nlu",
			"com.livermets.assistant.safety" })
	static class Beans {

	}

}
