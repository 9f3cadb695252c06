/**
 * One thing that keeps a graph from opening, wherever it came from (a file,
 * a web address, the library): the origin (`dprk.json`,
 * `https://ties.example/graphs/a.json`, `the library's graph "g-1"`; empty
 * when there is nothing to name yet), the place in it in the analyst's terms
 * (`line 3, column 9`, `relations[3].evidence[0].source`,
 * `row 14, column since`; empty for the whole graph) and the reason.
 */
export interface GraphProblem {
	origin: string;
	place: string;
	message: string;
}

/** `['relations', 3, 'evidence', 0, 'source']` → `relations[3].evidence[0].source`. */
export function formatPath(segments: readonly PropertyKey[]): string {
	let path = '';
	for (const segment of segments) {
		if (typeof segment === 'number') path += `[${segment}]`;
		else path += path === '' ? String(segment) : `.${String(segment)}`;
	}
	return path;
}

/** `relations.csv row 14, column since`: where the problem is; empty when it is the whole graph, unnamed. */
export function whereOf(problem: GraphProblem): string {
	return [problem.origin, problem.place].filter((part) => part !== '').join(' ');
}

/** `relations.csv row 14, column since: "2024-13-01" is not a date: month 13 does not exist`. */
export function describeProblem(problem: GraphProblem): string {
	const where = whereOf(problem);
	return where === '' ? problem.message : `${where}: ${problem.message}`;
}

/** A text cut to `max` characters, so that a problem never repeats a whole hostile value. */
export function clip(text: string, max = 300): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
