package com.livermets.assistant.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy model (OpenNLP, L-BFGS with an L2 penalty) whose features are the
 * dimensions of a message's sentence embedding: multinomial logistic regression on
 * meaning. Unlike the closest example alone, it weighs every example of a category, so
 * one stray paraphrase in another category does not decide the answer. The intent
 * classifier and the safety stage's risk classifier both use it; the model build stores
 * every one trained.
 */
public final class EmbeddingClassifier {

	/** Always 1, so each category can learn how common it is. */
	private static final String BIAS = "bias";

	/**
	 * The classifiers this JVM trained or loaded, by fingerprint; what the model build
	 * writes.
	 */
	private static final Map<String, byte[]> USED = new ConcurrentHashMap<>();

	private final MaxentModel model;

	private final String[] features;

	private final boolean trainedNow;

	private EmbeddingClassifier(MaxentModel model, String[] features, boolean trainedNow) {
		this.model = model;
		this.features = features;
		this.trainedNow = trainedNow;
	}

	/**
	 * The classifier for these inputs: the built one when the build trained on exactly
	 * these, else trained now.
	 * @param texts the text of each example, in the order of {@code examples}
	 * @param models the embedding models the vectors came from
	 */
	public static EmbeddingClassifier forExamples(List<Map.Entry<String, float[]>> examples, List<String> texts,
			List<String> models, double regularization, int iterations) {
		String fingerprint = fingerprint(examples, texts, models, regularization, iterations);
		byte[] built = BuiltModel.bundled().classifier(fingerprint);
		if (built != null) {
			USED.put(fingerprint, built);
			return load(built, examples.get(0).getValue().length);
		}
		EmbeddingClassifier trained = train(examples, regularization, iterations);
		USED.put(fingerprint, save(trained));
		return trained;
	}

	/**
	 * Whether this classifier was trained in this JVM rather than loaded from the build.
	 */
	boolean trainedNow() {
		return this.trainedNow;
	}

	static Map<String, byte[]> used() {
		return Map.copyOf(USED);
	}

	/**
	 * SHA-256 of everything training reads: the models, the settings, and each example's
	 * category and text.
	 */
	static String fingerprint(List<Map.Entry<String, float[]>> examples, List<String> texts, List<String> models,
			double regularization, int iterations) {
		if (texts.size() != examples.size()) {
			throw new IllegalArgumentException("one text per example expected");
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			StringBuilder header = new StringBuilder().append(models)
				.append('\u0000')
				.append(Double.doubleToLongBits(regularization))
				.append('\u0000')
				.append(iterations);
			digest.update(header.toString().getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < texts.size(); i++) {
				digest.update(("\u0001" + examples.get(i).getKey() + "\u0000" + texts.get(i))
					.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	/**
	 * @param examples category and unit-length embedding of each training example, all of
	 * one dimension
	 * @param regularization the L2 cost: larger keeps weights small and probabilities
	 * modest
	 * @param iterations the most L-BFGS iterations
	 */
	static EmbeddingClassifier train(List<Map.Entry<String, float[]>> examples, double regularization, int iterations) {
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("no examples to train on");
		}
		int dimensions = examples.get(0).getValue().length;
		String[] features = features(dimensions);
		List<Event> events = new ArrayList<>(examples.size());
		for (Map.Entry<String, float[]> example : examples) {
			events.add(new Event(example.getKey(), features, withBias(example.getValue(), dimensions)));
		}
		TrainingParameters parameters = new TrainingParameters();
		parameters.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
		parameters.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
		parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
		parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
		parameters.put(QNTrainer.L1COST_PARAM, 0.0);
		parameters.put(QNTrainer.L2COST_PARAM, regularization);
		// L-BFGS over a few thousand 769-wide events is most of a model build's time;
		// the likelihood splits over the events, so every core takes a share
		parameters.put(TrainingParameters.THREADS_PARAM, Runtime.getRuntime().availableProcessors());
		EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
		try {
			return new EmbeddingClassifier(trainer.train(ObjectStreamUtils.createObjectStream(events)), features, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("training the embedding classifier failed", ex);
		}
	}

	private static String[] features(int dimensions) {
		String[] features = new String[dimensions + 1];
		for (int i = 0; i < dimensions; i++) {
			features[i] = "e" + i;
		}
		features[dimensions] = BIAS;
		return features;
	}

	static byte[] save(EmbeddingClassifier classifier) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			new GenericModelWriter((AbstractModel) classifier.model, out).persist();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("writing the embedding classifier failed", ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * @param dimensions the dimension of the embeddings it was trained on
	 */
	static EmbeddingClassifier load(byte[] bytes, int dimensions) {
		try {
			MaxentModel model = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes)))
				.getModel();
			return new EmbeddingClassifier(model, features(dimensions), false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the built embedding classifier is damaged; rebuild with ./mvnw package",
					ex);
		}
	}

	/**
	 * The probability of each category for a unit-length embedding of the trained
	 * dimension.
	 */
	public Map<String, Double> probabilities(float[] vector) {
		double[] scores = this.model.eval(this.features, withBias(vector, this.features.length - 1));
		Map<String, Double> probabilities = new HashMap<>();
		for (int i = 0; i < scores.length; i++) {
			probabilities.put(this.model.getOutcome(i), scores[i]);
		}
		return probabilities;
	}

	private static float[] withBias(float[] vector, int dimensions) {
		if (vector.length != dimensions) {
			throw new IllegalArgumentException("expected " + dimensions + " dimensions, got " + vector.length);
		}
		float[] values = new float[dimensions + 1];
		System.arraycopy(vector, 0, values, 0, dimensions);
		values[dimensions] = 1;
		return values;
	}

}
