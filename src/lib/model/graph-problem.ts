/** One thing wrong with a graph file: where (`relations[3].evidence[0].source`) and why. */
export interface GraphProblem {
	path: string;
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

/** `relations[3].evidence[0].source: no source has the id "un-1718"`. */
export function describeProblem(problem: GraphProblem): string {
	return problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
}
