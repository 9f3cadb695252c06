/** The value below which `share` of the samples fall (nearest rank); NaN for no samples. */
export function percentile(samples: readonly number[], share: number): number {
	if (samples.length === 0) return NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
	return sorted[rank];
}

export function median(samples: readonly number[]): number {
	if (samples.length === 0) return NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const middle = sorted.length / 2;
	return Number.isInteger(middle)
		? (sorted[middle - 1] + sorted[middle]) / 2
		: sorted[Math.floor(middle)];
}

/** Differences between consecutive timestamps: frame times from requestAnimationFrame stamps. */
export function deltas(stamps: readonly number[]): number[] {
	return stamps.slice(1).map((stamp, i) => stamp - stamps[i]);
}
