/**
 * The one line a slide gives its sources, by the numbers the handout lists
 * them under: "Sources 1–3, 5, see handout"; "Source 4, see handout"; no
 * line when nothing is cited. Runs of three or more numbers are written as
 * ranges with an en dash; a run of two as a pair, "1, 2".
 */
export function sourceNote(numbers: Iterable<number>): string {
	const sorted = [...new Set(numbers)].sort((a, b) => a - b);
	if (sorted.length === 0) return '';
	const label = sorted.length === 1 ? 'Source' : 'Sources';
	return `${label} ${numberRanges(sorted)}, see handout`;
}

/** "1–3, 5, 7, 8": ascending numbers, runs of three or more as ranges. */
export function numberRanges(sorted: readonly number[]): string {
	const parts: string[] = [];
	let start = 0;
	for (let i = 1; i <= sorted.length; i++) {
		if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
		const run = sorted.slice(start, i);
		parts.push(run.length >= 3 ? `${run[0]}–${run[run.length - 1]}` : run.join(', '));
		start = i;
	}
	return parts.join(', ');
}
