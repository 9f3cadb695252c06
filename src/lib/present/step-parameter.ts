/**
 * The step a `?step=` parameter names (1-based, as people count), as an index
 * from 0: a missing or unreadable value opens the first step, one past the
 * end opens the last.
 */
export function stepFromParameter(parameter: string | null, count: number): number {
	if (parameter === null || !/^\s*\d+\s*$/.test(parameter)) return 0;
	return Math.min(Math.max(Number(parameter), 1), Math.max(count, 1)) - 1;
}

/** The page's address with the step in it (`?step=3` for the index 2), other parameters kept. */
export function withStep(href: string, index: number): URL {
	const url = new URL(href);
	url.searchParams.set('step', String(index + 1));
	return url;
}
