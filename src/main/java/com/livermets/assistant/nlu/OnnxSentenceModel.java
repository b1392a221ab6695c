package com.livermets.assistant.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * A quantized sentence-embedding model from its langchain4j artifact, run in a session
 * with the server's options ({@link OnnxSessions}).
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
		URL modelFile = loader.getResource(name + ".onnx");
		try (InputStream tokenizer = loader.getResourceAsStream(name + "-tokenizer.json")) {
			if (modelFile == null || tokenizer == null) {
				throw new IllegalStateException("embedding model " + name + " is not on the classpath");
			}
			OrtSession session = OnnxSessions.create(bytes(modelFile));
			return new OnnxSentenceModel(
					new OnnxBertBiEncoder(OrtEnvironment.getEnvironment(), session, tokenizer, pooling));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("reading embedding model " + name, ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("loading embedding model " + name, ex);
		}
	}

	/**
	 * The model file read into one array of its exact size: {@code readAllBytes} collects
	 * chunks and copies them, so the start would briefly need twice the model's size (34
	 * MB for bge) of heap while other beans read the built model, and a small heap would
	 * fail there rather than under load.
	 */
	private static byte[] bytes(URL file) throws IOException {
		URLConnection connection = file.openConnection();
		long length = connection.getContentLengthLong();
		try (InputStream in = connection.getInputStream()) {
			if (length < 0 || length > Integer.MAX_VALUE - 8) {
				return in.readAllBytes();
			}
			byte[] bytes = new byte[(int) length];
			if (in.readNBytes(bytes, 0, bytes.length) != length || in.read() != -1) {
				throw new IOException(file + " is not " + length + " bytes long");
			}
			return bytes;
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
