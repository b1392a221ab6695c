package com.livermets.assistant.nlu;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * ONNX Runtime sessions with the options that suit a server, for every model the service
 * runs: langchain4j's defaults give every forward pass a pool of spinning threads, which
 * on a small machine under load burn the cores that other requests need. One thread per
 * pass, no spinning, full graph optimisation: the vectors are the same, and on 2 cores
 * with 8 concurrent callers each pass costs about a third less CPU
 * ({@code docs/performance.md}).
 */
public final class OnnxSessions {

	private OnnxSessions() {
	}

	/**
	 * @param model the model file's bytes
	 */
	public static OrtSession create(byte[] model) throws OrtException {
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			// the arena keeps the largest message's buffers for good; patient messages
			// are short, so plain allocation costs little and the resident size stays
			// small
			options.setCPUArenaAllocator(false);
			options.setMemoryPatternOptimization(false);
			return OrtEnvironment.getEnvironment().createSession(model, options);
		}
	}

}
