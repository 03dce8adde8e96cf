package com.baolink.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times of one endpoint, in microseconds, with nearest-rank percentiles. */
final class LatencySamples {

	private final List<Long> micros = new ArrayList<>();

	void add(long nanos) {
		this.micros.add(nanos / 1000);
	}

	int count() {
		return this.micros.size();
	}

	/** The {@code p}-th percentile (0 < p <= 100) in milliseconds. */
	double percentileMillis(double p) {
		if (this.micros.isEmpty()) {
			return Double.NaN;
		}
		List<Long> sorted = new ArrayList<>(this.micros);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1000.0;
	}

}
