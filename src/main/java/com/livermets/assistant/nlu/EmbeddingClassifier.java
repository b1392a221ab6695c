package com.livermets.assistant.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy model (OpenNLP, L-BFGS with an L2 penalty) whose features are the dimensions of a message's
 * sentence embedding: multinomial logistic regression on meaning. Unlike the closest example alone, it weighs every
 * example of a category, so one stray paraphrase in another category does not decide the answer.
 */
final class EmbeddingClassifier {

	/** Always 1, so each category can learn how common it is. */
	private static final String BIAS = "bias";

	private final MaxentModel model;

	private final String[] features;

	private EmbeddingClassifier(MaxentModel model, String[] features) {
		this.model = model;
		this.features = features;
	}

	/**
	 * @param examples category and unit-length embedding of each training example, all of one dimension
	 * @param regularization the L2 cost: larger keeps weights small and probabilities modest
	 * @param iterations the most L-BFGS iterations
	 */
	static EmbeddingClassifier train(List<Map.Entry<String, float[]>> examples, double regularization, int iterations) {
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("no examples to train on");
		}
		int dimensions = examples.get(0).getValue().length;
		String[] features = new String[dimensions + 1];
		for (int i = 0; i < dimensions; i++) {
			features[i] = "e" + i;
		}
		features[dimensions] = BIAS;
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
		EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, new HashMap<>());
		try {
			return new EmbeddingClassifier(trainer.train(ObjectStreamUtils.createObjectStream(events)), features);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("training the embedding classifier failed", ex);
		}
	}

	/** The probability of each category for a unit-length embedding of the trained dimension. */
	Map<String, Double> probabilities(float[] vector) {
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
