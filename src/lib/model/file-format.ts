import type { GraphProblem } from './graph-problem';

/**
 * The version of the graph file format this Ties writes, in every file as
 * `format`. 1: every file written before files said their format; all of
 * them read as they are. 2: a source may have no address (the file a network
 * was opened from), and the file says its format.
 */
export const FILE_FORMAT = 2;

type FileValue = Record<string, unknown>;

/**
 * How a file of each older format becomes one of the next: `MIGRATIONS[n]`
 * takes format n to n + 1. A format that only added what older files never
 * held needs nothing changed.
 */
const MIGRATIONS: Record<number, (file: FileValue) => FileValue> = {
	1: (file) => file
};

/** Why a file's `format` cannot be read here: not a format, or a newer one than this Ties knows. */
export function formatProblem(file: FileValue): GraphProblem | undefined {
	const format = file.format;
	if (format === undefined) return undefined;
	if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) {
		return {
			origin: '',
			place: 'format',
			message: `must be the number of the file's format (1 to ${FILE_FORMAT}), not ${JSON.stringify(format)?.slice(0, 40)}`
		};
	}
	if (format > FILE_FORMAT) {
		return {
			origin: '',
			place: 'format',
			message: `is ${format}: the file was written by a newer version of Ties, and this one reads formats 1 to ${FILE_FORMAT}. Open it with the newer Ties (or update this one); it is not read here, so that nothing in it is misread.`
		};
	}
	return undefined;
}

/**
 * A file of any format this Ties reads, as one of the current format, without
 * its `format` (the graph is the same whatever file it came from). Check
 * formatProblem first.
 */
export function inCurrentFormat(file: FileValue): FileValue {
	let format = typeof file.format === 'number' ? file.format : 1;
	let current = file;
	for (; format < FILE_FORMAT; format++) current = MIGRATIONS[format](current);
	if (!('format' in current)) return current;
	const graph = { ...current };
	delete graph.format;
	return graph;
}
