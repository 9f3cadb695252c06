import type { GraphProblem } from '$lib/model/graph-problem';

/** A plain object of a parsed JSON file. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An id as a file may write it (`"Napoleon"`, `12`), as a string; undefined when it is none. */
export function idOf(value: unknown): string | undefined {
	if (typeof value === 'string' && value !== '') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	// d3's simulation replaces a link's ends by the nodes themselves; a file saved after it holds them.
	if (isRecord(value) && value.id !== undefined && !isRecord(value.id)) return idOf(value.id);
	return undefined;
}

/** No fields: what most nodes and links of a large file keep, shared rather than made for each. */
const NONE: Readonly<Record<string, unknown>> = Object.freeze({});

/** The fields of `record` but those named (read, never written to). */
export function without(
	record: Record<string, unknown>,
	names: readonly string[]
): Readonly<Record<string, unknown>> {
	let kept: Record<string, unknown> | undefined;
	for (const name in record)
		if (Object.hasOwn(record, name) && !names.includes(name)) (kept ??= {})[name] = record[name];
	return kept ?? NONE;
}

/**
 * The two ends of an edge written as `{ source, target }` at `place`; each
 * one missing is said as a problem there, and the edge is then left out.
 */
export function endsOf(
	record: Record<string, unknown>,
	place: string,
	origin: string,
	problems: GraphProblem[]
): { source: string; target: string } | undefined {
	const source = idOf(record.source);
	const target = idOf(record.target);
	if (source === undefined)
		problems.push({ origin, place: `${place}.source`, message: 'is missing' });
	if (target === undefined)
		problems.push({ origin, place: `${place}.target`, message: 'is missing' });
	return source === undefined || target === undefined ? undefined : { source, target };
}
