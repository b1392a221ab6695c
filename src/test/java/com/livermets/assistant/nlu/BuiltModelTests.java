package com.livermets.assistant.nlu;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.livermets.assistant.content.Content;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.content.ContentLoader;
import com.livermets.assistant.content.ContentProperties;
import com.livermets.assistant.text.ShorthandLexicon;
import com.livermets.assistant.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

class BuiltModelTests {

	private static final Map<String, List<String>> EXAMPLES = Map.of("ablation",
			List.of("what is ablation", "how does ablation work", "can heat destroy a tumor"), "embolization",
			List.of("what is embolization", "how does embolization work", "blocking the blood supply to a tumor"));

	@TempDir
	Path directory;

	@Test
	void readsBackWhatItWroteByteForByte() throws IOException {
		BuiltModel model = new BuiltModel(Map.of("b", new float[] { 0.6f, 0.8f }, "a", new float[] { 1, 0 }),
				Map.of("f1", new byte[] { 1, 2, 3 }));
		Path file = this.directory.resolve("model.bin");
		model.write(file);
		BuiltModel read = BuiltModel.read(Files.newInputStream(file));
		assertThat(read.vector("a")).containsExactly(1, 0);
		assertThat(read.vector("b")).containsExactly(0.6f, 0.8f);
		assertThat(read.classifier("f1")).containsExactly(1, 2, 3);
		assertThat(read.vector("c")).isNull();
		Path again = this.directory.resolve("again.bin");
		read.write(again);
		assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(file));
	}

	@Test
	void refusesAFileThatIsNotAModel() {
		assertThatIOException().isThrownBy(() -> BuiltModel.read(new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 })));
		assertThatIOException().isThrownBy(() -> BuiltModel.read(new ByteArrayInputStream(new byte[] { 0x4c, 0x4d, 0x4e,
				0x4c, 0, 0, 0, 1, 0, 0, 0, 1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff })));
	}

	/**
	 * Fails when the build step did not run or ran on other content: every start would
	 * then train for a minute.
	 */
	@Test
	void theBuildTrainedTheClassifierForTheContentInThisPackage() {
		DefaultResourceLoader resources = new DefaultResourceLoader();
		Content content = new ContentLoader(resources, new ContentProperties("classpath:intents/",
				"classpath:responses/", "classpath:source/liver-metastases.txt", "page", 5))
			.load();
		NluProperties properties = NluProperties.defaults();
		TextNormalizer normalizer = new TextNormalizer(ShorthandLexicon
			.parse(ContentFile.read(resources.getResource(properties.shorthand()), "shorthand.txt")));
		List<String> outOfScope = ContentFile.read(resources.getResource(properties.outOfScope()), "examples.txt")
			.meaningfulLines()
			.stream()
			.map(ContentFile.Line::text)
			.toList();
		IntentClassifier classifier = IntentClassifier.train(content.examples(), outOfScope, normalizer, properties);
		assertThat(classifier.trainedAtStartup()).as("classifier built by ModelBuild for this content").isFalse();
		assertThat(BuiltModel.bundled().vectorCount()).isGreaterThan(content.examples().size());
	}

	@Test
	void aClassifierForContentTheBuildNeverSawIsTrainedNowAndMarkedSo() {
		IntentClassifier classifier = IntentClassifier.train(EXAMPLES, new TextNormalizer(ShorthandLexicon.empty()),
				NluProperties.defaults());
		assertThat(classifier.trainedAtStartup()).isTrue();
		assertThat(classifier.classify("how does ablation work on a tumour").intent()).isEqualTo("ablation");
	}

	@Test
	void theFingerprintChangesWithEveryTrainingInput() {
		List<Map.Entry<String, float[]>> vectors = List.of(Map.entry("a", new float[] { 1 }),
				Map.entry("b", new float[] { 1 }));
		List<String> models = List.of("all-minilm-l6-v2");
		String base = EmbeddingClassifier.fingerprint(vectors, List.of("x", "y"), models, 0.01, 300);
		assertThat(EmbeddingClassifier.fingerprint(vectors, List.of("x", "y"), models, 0.01, 300)).isEqualTo(base);
		assertThat(EmbeddingClassifier.fingerprint(vectors, List.of("x", "z"), models, 0.01, 300)).isNotEqualTo(base);
		assertThat(EmbeddingClassifier.fingerprint(List.of(vectors.get(1), vectors.get(0)), List.of("x", "y"), models,
				0.01, 300))
			.isNotEqualTo(base);
		assertThat(EmbeddingClassifier.fingerprint(vectors, List.of("x", "y"), List.of("bge-small-en-v1.5"), 0.01, 300))
			.isNotEqualTo(base);
		assertThat(EmbeddingClassifier.fingerprint(vectors, List.of("x", "y"), models, 0.02, 300)).isNotEqualTo(base);
		assertThat(EmbeddingClassifier.fingerprint(vectors, List.of("x", "y"), models, 0.01, 200)).isNotEqualTo(base);
	}

	@Test
	void aSavedClassifierScoresExactlyAsTheTrainedOne() {
		List<Map.Entry<String, float[]>> vectors = List.of(Map.entry("a", new float[] { 1, 0 }),
				Map.entry("b", new float[] { 0, 1 }), Map.entry("a", new float[] { 0.9f, 0.1f }));
		EmbeddingClassifier trained = EmbeddingClassifier.train(vectors, 0.01, 50);
		EmbeddingClassifier loaded = EmbeddingClassifier.load(EmbeddingClassifier.save(trained), 2);
		assertThat(loaded.trainedNow()).isFalse();
		assertThat(loaded.probabilities(new float[] { 0.7f, 0.3f }))
			.isEqualTo(trained.probabilities(new float[] { 0.7f, 0.3f }));
	}

}
