package com.livermets.assistant.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A quantized sentence-embedding model from its langchain4j artifact, with ONNX Runtime
 * session options that suit a server: langchain4j's defaults give every forward pass a
 * pool of spinning threads, which on a small machine under load burn the cores that other
 * requests need. One thread per pass, no spinning, full graph optimisation: the vectors
 * are the same, and on 2 cores with 8 concurrent callers each pass costs about a third
 * less CPU ({@code docs/performance.md}).
 */
final class OnnxSentenceModel extends AbstractInProcessEmbeddingModel {

	private final OnnxBertBiEncoder encoder;

	private OnnxSentenceModel(OnnxBertBiEncoder encoder) {
		super(Runnable::run);
		this.encoder = encoder;
	}

	/**
	 * @param name the artifact's file name without extension, e.g.
	 * {@code all-minilm-l6-v2-q}
	 * @param pooling how the model was trained to pool token vectors (as its langchain4j
	 * class does)
	 */
	static OnnxSentenceModel load(String name, PoolingMode pooling) {
		ClassLoader loader = OnnxSentenceModel.class.getClassLoader();
		try (InputStream model = loader.getResourceAsStream(name + ".onnx");
				InputStream tokenizer = loader.getResourceAsStream(name + "-tokenizer.json")) {
			if (model == null || tokenizer == null) {
				throw new IllegalStateException("embedding model " + name + " is not on the classpath");
			}
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				options.addConfigEntry("session.intra_op.allow_spinning", "0");
				options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
				options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
				// the arena keeps the largest message's buffers for good; patient
				// messages are short, so plain
				// allocation costs little and the resident size stays small
				options.setCPUArenaAllocator(false);
				options.setMemoryPatternOptimization(false);
				OrtSession session = environment.createSession(model.readAllBytes(), options);
				return new OnnxSentenceModel(new OnnxBertBiEncoder(environment, session, tokenizer, pooling));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading embedding model " + name, ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("loading embedding model " + name, ex);
		}
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return this.encoder;
	}

	@Override
	protected Integer knownDimension() {
		return 384;
	}

}
