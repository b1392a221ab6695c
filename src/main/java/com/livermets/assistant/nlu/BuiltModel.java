package com.livermets.assistant.nlu;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the build computes once so that no start has to: the sentence embedding of every
 * example and exemplar, and the trained intent classifier, each keyed by what it was
 * computed from. A vector is keyed by its model names and text, a classifier by the
 * fingerprint of its training inputs, so an entry can never be used for other content:
 * edited content simply misses, and the service computes what is missing at startup.
 */
final class BuiltModel {

	/** Where the build writes it, inside the packaged classes. */
	static final String RESOURCE = "model/nlu-model.bin";

	private static final int MAGIC = 0x4c4d4e4c;

	private static final int VERSION = 1;

	private static final BuiltModel NONE = new BuiltModel(Map.of(), Map.of());

	private static final class Bundled {

		static final BuiltModel INSTANCE = readBundled();

	}

	private final Map<String, float[]> vectors;

	private final Map<String, byte[]> classifiers;

	BuiltModel(Map<String, float[]> vectors, Map<String, byte[]> classifiers) {
		this.vectors = Map.copyOf(vectors);
		this.classifiers = Map.copyOf(classifiers);
	}

	/**
	 * The model packaged with this build, or an empty one when there is none (the service
	 * then trains).
	 */
	static BuiltModel bundled() {
		return Bundled.INSTANCE;
	}

	float[] vector(String key) {
		return this.vectors.get(key);
	}

	byte[] classifier(String fingerprint) {
		return this.classifiers.get(fingerprint);
	}

	int vectorCount() {
		return this.vectors.size();
	}

	int classifierCount() {
		return this.classifiers.size();
	}

	private static BuiltModel readBundled() {
		try (InputStream in = BuiltModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			return (in != null) ? read(in) : NONE;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("classpath:" + RESOURCE + " is damaged; rebuild with ./mvnw package", ex);
		}
	}

	static BuiltModel read(InputStream stream) throws IOException {
		DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
		if (in.readInt() != MAGIC || in.readInt() != VERSION) {
			throw new IOException("not a model file of version " + VERSION);
		}
		int vectorCount = in.readInt();
		Map<String, float[]> vectors = new HashMap<>(vectorCount * 2);
		for (int i = 0; i < vectorCount; i++) {
			String key = readString(in);
			float[] vector = new float[length(in)];
			ByteBuffer.wrap(in.readNBytes(vector.length * Float.BYTES)).asFloatBuffer().get(vector);
			vectors.put(key, vector);
		}
		int classifierCount = in.readInt();
		Map<String, byte[]> classifiers = new HashMap<>();
		for (int i = 0; i < classifierCount; i++) {
			String fingerprint = readString(in);
			classifiers.put(fingerprint, in.readNBytes(length(in)));
		}
		return new BuiltModel(vectors, classifiers);
	}

	/** Writes entries in key order, so the same content builds the same bytes. */
	void write(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (OutputStream stream = Files.newOutputStream(file)) {
			DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
			out.writeInt(MAGIC);
			out.writeInt(VERSION);
			out.writeInt(this.vectors.size());
			for (Map.Entry<String, float[]> entry : new TreeMap<>(this.vectors).entrySet()) {
				writeString(out, entry.getKey());
				ByteBuffer bytes = ByteBuffer.allocate(entry.getValue().length * Float.BYTES);
				bytes.asFloatBuffer().put(entry.getValue());
				out.writeInt(entry.getValue().length);
				out.write(bytes.array());
			}
			out.writeInt(this.classifiers.size());
			for (Map.Entry<String, byte[]> entry : new TreeMap<>(this.classifiers).entrySet()) {
				writeString(out, entry.getKey());
				out.writeInt(entry.getValue().length);
				out.write(entry.getValue());
			}
			out.flush();
		}
	}

	// writeUTF stops at 64 KB; a long exemplar must not break the build
	private static void writeString(DataOutputStream out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(DataInputStream in) throws IOException {
		return new String(in.readNBytes(length(in)), StandardCharsets.UTF_8);
	}

	private static int length(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0 || length > 1 << 28) {
			throw new IOException("implausible length " + length);
		}
		return length;
	}

}
