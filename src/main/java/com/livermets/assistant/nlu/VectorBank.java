package com.livermets.assistant.nlu;

import java.util.List;

/**
 * Unit-length vectors of one dimension in one contiguous array, for the scans every new
 * message makes (the closest example, the closest calm look-alike): a flat array walks
 * memory in order and the four running sums let the JIT keep the loop in registers,
 * several times faster than a list of small arrays summed in doubles.
 */
public final class VectorBank {

	private final float[] values;

	private final int dimensions;

	private final int size;

	private VectorBank(float[] values, int dimensions, int size) {
		this.values = values;
		this.dimensions = dimensions;
		this.size = size;
	}

	/**
	 * @param vectors unit-length vectors, all of one dimension
	 */
	public static VectorBank of(List<float[]> vectors) {
		if (vectors.isEmpty()) {
			return new VectorBank(new float[0], 0, 0);
		}
		int dimensions = vectors.get(0).length;
		float[] values = new float[dimensions * vectors.size()];
		for (int i = 0; i < vectors.size(); i++) {
			float[] vector = vectors.get(i);
			if (vector.length != dimensions) {
				throw new IllegalArgumentException(
						"vector " + i + " has " + vector.length + " dimensions, not " + dimensions);
			}
			System.arraycopy(vector, 0, values, i * dimensions, dimensions);
		}
		return new VectorBank(values, dimensions, vectors.size());
	}

	/**
	 * The largest cosine similarity of the query to any vector here, or 0 when the bank
	 * is empty.
	 */
	public double maxCosine(float[] query) {
		float best = 0;
		for (int i = 0; i < this.size; i++) {
			best = Math.max(best, dot(query, i * this.dimensions));
		}
		return best;
	}

	/** The cosine similarity of the query to vector {@code index}. */
	public double cosine(float[] query, int index) {
		return dot(query, index * this.dimensions);
	}

	private float dot(float[] query, int offset) {
		if (query.length != this.dimensions) {
			throw new IllegalArgumentException("expected " + this.dimensions + " dimensions, got " + query.length);
		}
		float[] v = this.values;
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int d = 0;
		for (int end = this.dimensions - 3; d < end; d += 4) {
			s0 += query[d] * v[offset + d];
			s1 += query[d + 1] * v[offset + d + 1];
			s2 += query[d + 2] * v[offset + d + 2];
			s3 += query[d + 3] * v[offset + d + 3];
		}
		for (; d < this.dimensions; d++) {
			s0 += query[d] * v[offset + d];
		}
		return (s0 + s1) + (s2 + s3);
	}

}
