import type { GraphFile } from '$lib/model/schema';

/**
 * One thing that keeps a file from opening: the file, the place in it in the
 * analyst's terms (`row 14, column since`, `line 3, column 9`,
 * `relations[3].evidence[0].source`; empty for the whole file) and the reason.
 */
export interface ImportProblem {
	file: string;
	place: string;
	message: string;
}

/**
 * What opening files gives: a whole, valid graph (with notes on what the
 * analyst should know about it), or every problem. Never half of a graph.
 */
export type OpenedGraph =
	| { ok: true; graph: GraphFile; name: string; notes: string[] }
	| { ok: false; problems: ImportProblem[] };

/** `relations.csv row 14, column since: "2024-13-01" is not a date: month 13 does not exist`. */
export function describeImportProblem(problem: ImportProblem): string {
	const where = [problem.file, problem.place].filter((part) => part !== '').join(' ');
	return where === '' ? problem.message : `${where}: ${problem.message}`;
}

/** A text cut to `max` characters, so that a problem never repeats a whole hostile value. */
export function clip(text: string, max = 300): string {
	return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The result of opening that failed for these reasons. */
export function refused(problems: ImportProblem[]): OpenedGraph {
	return { ok: false, problems };
}
