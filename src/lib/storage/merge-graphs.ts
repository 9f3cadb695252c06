import type { GraphFile } from '$lib/model/schema';

/** The lists of a graph whose records have ids: each record merges on its own, field by field. */
const RECORDS = ['actors', 'relationTypes', 'sources', 'relations'] as const;
type RecordList = (typeof RECORDS)[number];
type Entry = { id: string } & Record<string, unknown>;

/**
 * Two tabs' edits of one graph, made from the same saved version (`base`),
 * as one graph that keeps both: `theirs` was saved first, `mine` is saved
 * now. Actors, relation types, sources and relations merge record by record
 * and each record field by field, so two analysts changing different fields
 * of one relation both keep their change; the graph's own fields (title,
 * date, story…) merge one by one. Where both changed the same field, `mine`
 * (the later save) wins, the same way in every tab. A record one side
 * deleted and the other changed is kept, changed; one that a kept relation
 * or evidence item still cites is kept too, so the result always holds
 * together. Records keep `mine`'s order, with the ones only `theirs` added
 * after. Never changes its arguments; returns `mine` itself when `theirs`
 * brings nothing new.
 */
export function mergeGraphs(base: GraphFile, theirs: GraphFile, mine: GraphFile): GraphFile {
	return theirChanges(base, theirs)(mine);
}

/**
 * What `theirs` changed of `base`, ready to be merged into any number of
 * graphs edited from `base` (mergeGraphs for each): the comparison of the two
 * and their records by id are made once, not once per graph, as when a whole
 * undo history is brought up to another tab's save.
 */
export function theirChanges(base: GraphFile, theirs: GraphFile): (mine: GraphFile) => GraphFile {
	if (theirs === base || sameValue(theirs, base)) return (mine) => mine;
	const indexed = new Map<string, { base: Map<string, Entry>; theirs: Map<string, Entry> }>();
	const indexOf = (key: string) => {
		let index = indexed.get(key);
		if (!index) {
			index = { base: byId(listOf(base, key)), theirs: byId(listOf(theirs, key)) };
			indexed.set(key, index);
		}
		return index;
	};
	return (mine) => {
		if (mine === base || sameValue(mine, base)) return theirs;
		const merged: Record<string, unknown> = {};
		const keys = new Set([...Object.keys(mine), ...Object.keys(theirs), ...Object.keys(base)]);
		for (const key of keys) {
			const value = (RECORDS as readonly string[]).includes(key)
				? mergeRecords(listOf(base, key), listOf(theirs, key), listOf(mine, key), () =>
						indexOf(key)
					)
				: mergeValue(field(base, key), field(theirs, key), field(mine, key));
			if (value !== undefined) merged[key] = value;
		}
		return keepCited(merged as GraphFile, [base, theirs, mine]);
	};
}

/**
 * Whether merging `mine` over `theirs` loses a value of theirs: a field both
 * changed from `base`, each to something else. The version `theirs` is then
 * kept in the graph's history, so what lost can be brought back.
 */
export function theirsOverridden(base: GraphFile, theirs: GraphFile, mine: GraphFile): boolean {
	const both = (b: unknown, t: unknown, m: unknown) =>
		!sameValue(t, b) && !sameValue(m, b) && !sameValue(t, m);
	for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
		if (!(RECORDS as readonly string[]).includes(key)) {
			if (both(field(base, key), field(theirs, key), field(mine, key))) return true;
			continue;
		}
		const baseById = byId(listOf(base, key));
		const mineById = byId(listOf(mine, key));
		for (const record of listOf(theirs, key) ?? []) {
			const other = mineById.get(record.id);
			if (!other || sameValue(record, other)) continue;
			const old = baseById.get(record.id);
			for (const name of new Set([...Object.keys(record), ...Object.keys(other)])) {
				if (both(old?.[name], record[name], other[name])) return true;
			}
		}
	}
	return false;
}

/** One field three ways: whichever side changed it; `mine` where both did. */
function mergeValue(base: unknown, theirs: unknown, mine: unknown): unknown {
	if (sameValue(mine, base)) return theirs;
	return mine;
}

function mergeRecords(
	base: readonly Entry[] | undefined,
	theirs: readonly Entry[] | undefined,
	mine: readonly Entry[] | undefined,
	indexed: () => { base: Map<string, Entry>; theirs: Map<string, Entry> }
): Entry[] | undefined {
	if (theirs === base) return mine ? [...mine] : undefined;
	if (mine === base) return theirs ? [...theirs] : undefined;
	const { base: baseById, theirs: theirsById } = indexed();
	const mineById = byId(mine);
	const merged: Entry[] = [];
	const order = [...(mine ?? []), ...(theirs ?? []).filter((entry) => !mineById.has(entry.id))];
	for (const { id } of order) {
		const record = mergeRecord(baseById.get(id), theirsById.get(id), mineById.get(id));
		if (record) merged.push(record);
	}
	return merged.length === 0 && mine === undefined && theirs === undefined ? undefined : merged;
}

/** One record three ways; undefined when it is deleted and not changed by the other side. */
function mergeRecord(
	base: Entry | undefined,
	theirs: Entry | undefined,
	mine: Entry | undefined
): Entry | undefined {
	if (theirs === undefined || mine === undefined) {
		const kept = theirs ?? mine;
		if (kept === undefined) return undefined;
		// Added by one side, or deleted by one: a deletion wins only over a record left as it was.
		if (base === undefined) return kept;
		return sameValue(kept, base) ? undefined : kept;
	}
	if (theirs === mine || sameValue(theirs, mine)) return mine;
	const merged: Record<string, unknown> = {};
	for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
		const value = mergeValue(base?.[key], theirs[key], mine[key]);
		if (value !== undefined) merged[key] = value;
	}
	return merged as Entry;
}

/**
 * Brings back what a kept record still cites and a merge deleted: the actors
 * at the ends of a relation, the source of an evidence item, a relation's
 * declared type, the actors and relations a story step shows.
 */
function keepCited(graph: GraphFile, versions: readonly GraphFile[]): GraphFile {
	const newestFirst = [...versions].reverse();
	const restore = <K extends RecordList>(list: K, ids: Iterable<string>) => {
		const have = new Set((graph[list] ?? []).map((entry) => entry.id));
		for (const id of ids) {
			if (have.has(id)) continue;
			for (const version of newestFirst) {
				const found = (version[list] as Entry[] | undefined)?.find((entry) => entry.id === id);
				if (found) {
					(graph[list] as Entry[] | undefined) ??= [];
					(graph[list] as Entry[]).push(found);
					have.add(id);
					break;
				}
			}
		}
	};
	const relationIds = graph.story?.flatMap((step) => step.relations ?? []) ?? [];
	restore('relations', relationIds);
	restore('actors', [
		...graph.relations.flatMap((relation) => [relation.source, relation.target]),
		...(graph.story?.flatMap((step) => step.actors ?? []) ?? [])
	]);
	restore(
		'sources',
		graph.relations.flatMap((relation) => relation.evidence.map((item) => item.source))
	);
	restore(
		'relationTypes',
		graph.relations.map((relation) => relation.type)
	);
	return graph;
}

function listOf(graph: GraphFile, key: string): Entry[] | undefined {
	return (graph as unknown as Record<string, Entry[] | undefined>)[key];
}

function field(graph: GraphFile, key: string): unknown {
	return (graph as unknown as Record<string, unknown>)[key];
}

function byId(list: readonly Entry[] | undefined): Map<string, Entry> {
	return new Map((list ?? []).map((entry) => [entry.id, entry]));
}

/** Whether two values read from JSON are the same, whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const other = b as unknown[];
		return a.length === other.length && a.every((item, i) => sameValue(item, other[i]));
	}
	const left = a as Record<string, unknown>;
	const right = b as Record<string, unknown>;
	const keys = Object.keys(left).filter((key) => left[key] !== undefined);
	const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined);
	return keys.length === otherKeys.length && keys.every((key) => sameValue(left[key], right[key]));
}
