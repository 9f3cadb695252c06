import type { Cue } from './relation-cues';
import type { Ends } from './relation-ends';
import type { Token } from './tokens';

/**
 * The places of the asides between `from` and the cue that hold neither the
 * cue nor an end: a relative clause set off by commas ("Venezuela, which once
 * sent 100,000 barrels a day, still ships crude to Cuba") or words in
 * brackets. What they say ("once", "not") is of something else.
 */
export function asideBefore(tokens: Token[], from: number, cue: Cue, ends: Ends): Set<number> {
	const aside = new Set<number>();
	const holdsEnd = (start: number, end: number) =>
		[ends.sources, ends.targets].some((group) => group.from <= end && group.to > start);
	for (let k = from; k < cue.from; k++) {
		const relative =
			tokens[k].text === ',' && /^(?:which|who|whose)$/.test(tokens[k + 1]?.lower ?? '');
		if (!relative && tokens[k].text !== '(') continue;
		const close = relative ? ',' : ')';
		let end = k + 1;
		while (end < cue.from && tokens[end].text !== close) end++;
		if (end >= cue.from || holdsEnd(k, end)) continue;
		for (let i = k; i <= end; i++) aside.add(i);
		k = end;
	}
	return aside;
}
