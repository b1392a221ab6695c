package com.livermets.assistant.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import com.livermets.assistant.content.ContentException;
import com.livermets.assistant.content.ContentFile;
import com.livermets.assistant.nlu.OnnxSessions;

import org.springframework.core.io.Resource;

/**
 * The safety model: a sentence encoder fine-tuned on every labelled safety and answer set
 * the project has read (tools/safety-model), read whole, beside the rules. The exemplars
 * and the risk classifier compare a message with what they were given in the frozen
 * encoders' space, and on sets nobody had tuned for they missed crises that the
 * fine-tuned reader, measured on sets it never learned, found (docs/safety.md, "A
 * fine-tuned reader").
 *
 * <p>
 * It reads what the user typed, as it learned: at most {@value #WINDOW} tokens at a time;
 * a longer message is read in overlapping windows, and each level takes its highest
 * probability over them, so that one risk sentence deep in a long story still counts.
 */
final class SafetyModel {

	/** The token length the model was trained on, markers included. */
	static final int WINDOW = 128;

	private static final int STRIDE = 64;

	private static final List<Triage> LABELS = List.of(Triage.NONE, Triage.CRISIS, Triage.EMERGENCY,
			Triage.CONTACT_DOCTOR);

	private static final int NONE = LABELS.indexOf(Triage.NONE);

	private final OrtEnvironment environment;

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final float[][] weights;

	private final float[] bias;

	private final SafetyProperties.Model thresholds;

	private final long cls;

	private final long sep;

	private SafetyModel(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer,
			float[][] weights, float[] bias, SafetyProperties.Model thresholds) {
		this.environment = environment;
		this.thresholds = thresholds;
		this.session = session;
		this.tokenizer = tokenizer;
		this.weights = weights;
		this.bias = bias;
		long[] marks = tokenizer.encode("").getIds();
		this.cls = marks[0];
		this.sep = marks[marks.length - 1];
	}

	/**
	 * @param model the encoder (ONNX)
	 * @param tokenizerFile its tokenizer (Hugging Face JSON)
	 * @param head the classification head
	 */
	static SafetyModel load(Resource model, Resource tokenizerFile, Head head, SafetyProperties.Model thresholds) {
		Objects.requireNonNull(head, "head");
		Objects.requireNonNull(thresholds, "thresholds");
		try (InputStream tokens = tokenizerFile.getInputStream()) {
			HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tokens,
					Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
			byte[] bytes;
			try (InputStream in = model.getInputStream()) {
				bytes = in.readAllBytes();
			}
			return new SafetyModel(OrtEnvironment.getEnvironment(), OnnxSessions.create(bytes), tokenizer,
					head.weights(), head.bias(), thresholds);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading the safety model " + model.getDescription(), ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("loading the safety model " + model.getDescription(), ex);
		}
	}

	/**
	 * The level the model reads in a message: crisis, else emergency, else a symptom
	 * report (an emergency's probability counts towards it: both send the writer to a
	 * clinician), each at its threshold; a threshold of 1 leaves that level to the other
	 * detectors. {@link Triage#NONE} when none fires.
	 * @param message the message as typed
	 * @param foundByOthers what the rules and the other detectors found: over an
	 * emergency they found, a crisis needs the higher {@code crisisOverEmergency}, since
	 * an accidental overdose reads a little like an intended one and its first call is
	 * 911 (hazard H40)
	 * @param crisisDenied whether the rules read a crisis phrase there but denied or
	 * excepted ("I don't want to die"): the model reads words, not what "no" does to
	 * them, so its crisis then needs {@code crisisOverDenial}
	 */
	Triage assess(String message, Triage foundByOthers, boolean crisisDenied) {
		return assess(read(message), foundByOthers, crisisDenied);
	}

	Triage assess(Reading reading, Triage foundByOthers, boolean crisisDenied) {
		Map<Triage, Double> p = reading.highest();
		double crisis = this.thresholds.crisis();
		if (foundByOthers == Triage.EMERGENCY) {
			crisis = Math.max(crisis, this.thresholds.crisisOverEmergency());
		}
		if (crisisDenied) {
			crisis = Math.max(crisis, this.thresholds.crisisOverDenial());
		}
		if (fires(p.get(Triage.CRISIS), crisis)) {
			return Triage.CRISIS;
		}
		if (fires(p.get(Triage.EMERGENCY), this.thresholds.emergency())) {
			return Triage.EMERGENCY;
		}
		if (fires(p.get(Triage.CONTACT_DOCTOR) + p.get(Triage.EMERGENCY), this.thresholds.symptom())) {
			return Triage.CONTACT_DOCTOR;
		}
		return Triage.NONE;
	}

	private static boolean fires(double probability, double threshold) {
		return threshold < 1 && probability >= threshold;
	}

	/**
	 * The probability of each level: of the whole message, or for a long one the highest
	 * over its windows.
	 */
	Map<Triage, Double> probabilities(String message) {
		return read(message).highest();
	}

	/**
	 * Whether the model reads the message as free of every risk, in every window, surely
	 * enough to quiet what the other detectors found in it ({@code quiet}).
	 */
	boolean quiets(Reading reading) {
		return reading.leastNone() >= this.thresholds.quiet();
	}

	/**
	 * Whether the model reads a symptom report and nothing worse, surely enough for a
	 * crisis that only meaning found to yield to it ({@code symptomOverMeaning}).
	 */
	boolean readsOnlyASymptom(Reading reading) {
		Map<Triage, Double> p = reading.highest();
		double sure = this.thresholds.symptomOverMeaning();
		return sure < 1 && p.get(Triage.CONTACT_DOCTOR) >= sure
				&& p.get(Triage.CRISIS) + p.get(Triage.EMERGENCY) <= 1 - sure;
	}

	/**
	 * The fewest different English words a message needs before the model may quiet it.
	 */
	int quietMinWords() {
		return this.thresholds.quietMinWords();
	}

	/** One pass of the model over a message, window by window. */
	Reading read(String message) {
		Objects.requireNonNull(message, "message");
		Encoding encoding = this.tokenizer.encode(message);
		long[] ids = encoding.getIds();
		double[] best = new double[LABELS.size()];
		double leastNone = 1;
		for (long[] window : windows(ids)) {
			double[] p = read(window);
			for (int i = 0; i < best.length; i++) {
				best[i] = Math.max(best[i], p[i]);
			}
			leastNone = Math.min(leastNone, p[NONE]);
		}
		Map<Triage, Double> highest = new EnumMap<>(Triage.class);
		for (int i = 0; i < LABELS.size(); i++) {
			highest.put(LABELS.get(i), best[i]);
		}
		return new Reading(highest, leastNone);
	}

	/**
	 * What the model read: each level's highest probability over the message's windows,
	 * and the lowest probability of none in any of them (a single risk window keeps it
	 * low).
	 */
	record Reading(Map<Triage, Double> highest, double leastNone) {

	}

	private List<long[]> windows(long[] ids) {
		return windows(ids, this.cls, this.sep);
	}

	/**
	 * The message's tokens in windows of at most {@value #WINDOW}, each framed by the
	 * start and end markers, every one overlapping the next by half.
	 */
	static List<long[]> windows(long[] ids, long cls, long sep) {
		if (ids.length <= WINDOW) {
			return List.of(ids);
		}
		long[] body = Arrays.copyOfRange(ids, 1, ids.length - 1);
		int span = WINDOW - 2;
		List<long[]> windows = new ArrayList<>();
		for (int start = 0;; start += STRIDE) {
			int end = Math.min(body.length, start + span);
			long[] window = new long[end - start + 2];
			window[0] = cls;
			System.arraycopy(body, start, window, 1, end - start);
			window[window.length - 1] = sep;
			windows.add(window);
			if (end == body.length) {
				return windows;
			}
		}
	}

	private double[] read(long[] ids) {
		long[] shape = { 1, ids.length };
		long[] mask = new long[ids.length];
		Arrays.fill(mask, 1);
		try (OnnxTensor input = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(ids), shape);
				OnnxTensor attention = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(mask), shape);
				OnnxTensor types = OnnxTensor.createTensor(this.environment, LongBuffer.wrap(new long[ids.length]),
						shape);
				OrtSession.Result result = this.session
					.run(Map.of("input_ids", input, "attention_mask", attention, "token_type_ids", types))) {
			float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
			float[] pooled = new float[tokens[0].length];
			for (float[] token : tokens) {
				for (int d = 0; d < pooled.length; d++) {
					pooled[d] += token[d] / tokens.length;
				}
			}
			return softmax(pooled);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("running the safety model", ex);
		}
	}

	private double[] softmax(float[] pooled) {
		double[] logits = new double[this.weights.length];
		double max = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < logits.length; k++) {
			double sum = this.bias[k];
			for (int d = 0; d < pooled.length; d++) {
				sum += this.weights[k][d] * pooled[d];
			}
			logits[k] = sum;
			max = Math.max(max, sum);
		}
		double total = 0;
		for (int k = 0; k < logits.length; k++) {
			logits[k] = Math.exp(logits[k] - max);
			total += logits[k];
		}
		for (int k = 0; k < logits.length; k++) {
			logits[k] /= total;
		}
		return logits;
	}

	/**
	 * The classification head over the mean of the token vectors, one line per label
	 * ({@code none:}, {@code crisis:}, {@code emergency:}, {@code symptom:}, each with
	 * the encoder's width of numbers) and {@code bias:} with four.
	 */
	record Head(float[][] weights, float[] bias) {

		private static final List<String> KEYS = List.of("none", "crisis", "emergency", "symptom");

		Head {
			if (weights.length != LABELS.size() || bias.length != LABELS.size()) {
				throw new IllegalArgumentException("the safety model's head needs " + LABELS.size() + " labels");
			}
		}

		static Head parse(ContentFile file) {
			float[][] weights = new float[KEYS.size()][];
			float[] bias = null;
			for (ContentFile.Entry entry : file.entries()) {
				float[] numbers = numbers(file, entry);
				int label = KEYS.indexOf(entry.key());
				if (label >= 0) {
					weights[label] = numbers;
				}
				else if (entry.key().equals("bias") && numbers.length == KEYS.size()) {
					bias = numbers;
				}
				else {
					throw new ContentException(file.name(), entry.line(),
							"expected one of " + KEYS + " or 'bias' with " + KEYS.size() + " numbers");
				}
			}
			for (int k = 0; k < KEYS.size(); k++) {
				if (weights[k] == null || weights[k].length != weights[0].length) {
					throw new ContentException(file.name(), "'" + KEYS.get(k) + "' is missing or of another width");
				}
			}
			if (bias == null) {
				throw new ContentException(file.name(), "'bias' is missing");
			}
			return new Head(weights, bias);
		}

		private static float[] numbers(ContentFile file, ContentFile.Entry entry) {
			String[] parts = entry.value().split("\\s+");
			float[] numbers = new float[parts.length];
			for (int i = 0; i < parts.length; i++) {
				try {
					numbers[i] = Float.parseFloat(parts[i]);
				}
				catch (NumberFormatException ex) {
					throw new ContentException(file.name(), entry.line(), "'" + parts[i] + "' is not a number");
				}
			}
			return numbers;
		}

	}

}
