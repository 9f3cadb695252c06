import * as Y from 'yjs';
import type { GraphFile } from '$lib/model/schema';

/**
 * A graph as a Yjs document, the form a team's graph is shared in. Each kind
 * of record (actors, relation types, sources, relations) is a map from id to
 * a map of the record's fields, so two analysts who change different fields
 * of one relation both keep their change; the order of each kind is a list
 * of ids beside it. The graph's own fields (title, as-of date, the story…)
 * are a map of their own. A field's value is kept whole: a relation's
 * evidence list, an actor's aliases.
 *
 * `writeGraph` changes only what differs, so an edit made in the app becomes
 * the smallest change to the document; `readGraph` gives the graph file back,
 * unchecked (a merge of two analysts' changes may leave it invalid: the
 * caller checks it as any file is checked).
 */

/** The kinds of records kept by id, as the graph file names its lists. */
export const RECORD_KINDS = ['actors', 'relationTypes', 'sources', 'relations'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The graph's own fields, everything but its lists of records. */
const GRAPH_FIELDS = 'graph';
/** The story's steps, by key (see stepKeys), and their order. */
const STORY = 'story';
const orderOf = (kind: RecordKind | typeof STORY) => `${kind}.order`;

type Fields = Record<string, unknown>;
type FieldMap = Y.Map<unknown>;

/** The document's parts, made on first use (a document that arrives empty has none). */
function parts(doc: Y.Doc) {
	return {
		graph: doc.getMap<unknown>(GRAPH_FIELDS),
		records: (kind: RecordKind | typeof STORY) => doc.getMap<FieldMap>(kind),
		order: (kind: RecordKind | typeof STORY) => doc.getArray<string>(orderOf(kind))
	};
}

/**
 * Makes `doc` hold `graph`, changing only the fields, records and places that
 * differ, in one transaction with `origin` (which Undo and the History use to
 * tell whose change it was).
 */
export function writeGraph(doc: Y.Doc, graph: GraphFile, origin: unknown = null): void {
	const { graph: own, records, order } = parts(doc);
	doc.transact(() => {
		const fields: Fields = { ...graph };
		for (const kind of RECORD_KINDS) delete fields[kind];
		delete fields.story;
		// The one list a file may leave out: whether it has one, even empty, is kept.
		fields.relationTypes = graph.relationTypes ? true : undefined;
		writeFields(own, fields);
		for (const kind of RECORD_KINDS) {
			const list = (graph[kind] ?? []) as Fields[];
			const byId = records(kind);
			const ids = new Set(list.map((record) => String(record.id)));
			for (const id of [...byId.keys()]) if (!ids.has(id)) byId.delete(id);
			for (const record of list) {
				const id = String(record.id);
				let map = byId.get(id);
				if (!map) {
					map = new Y.Map<unknown>();
					byId.set(id, map);
				}
				writeFields(map, record);
			}
			writeOrder(order(kind), [...ids]);
		}
		const steps = (graph.story ?? []) as Fields[];
		const keys = stepKeys(steps);
		const byKey = records(STORY);
		for (const key of [...byKey.keys()]) if (!keys.includes(key)) byKey.delete(key);
		steps.forEach((step, i) => {
			let map = byKey.get(keys[i]);
			if (!map) {
				map = new Y.Map<unknown>();
				byKey.set(keys[i], map);
			}
			writeFields(map, step);
		});
		writeOrder(order(STORY), keys);
	}, origin);
}

/** Each step's key: its id, or, for a step without one, its place among those without (`#0`, `#1`…). */
function stepKeys(steps: readonly Fields[]): string[] {
	let unnamed = 0;
	return steps.map((step) => (typeof step.id === 'string' ? step.id : `#${unnamed++}`));
}

/** Sets the fields that differ and deletes those `fields` no longer has. */
function writeFields(map: FieldMap, fields: Fields): void {
	for (const key of [...map.keys()]) if (fields[key] === undefined) map.delete(key);
	for (const [key, value] of Object.entries(fields)) {
		if (value === undefined) continue;
		if (!sameValue(map.get(key), value)) map.set(key, plain(value));
	}
}

/** Edits the list of ids into `ids` with the fewest deletions and insertions it finds. */
function writeOrder(list: Y.Array<string>, ids: string[]): void {
	const wanted = new Set(ids);
	const current = list.toArray();
	// Ids no longer there (and second copies, which two analysts adding one id at once leave).
	const seen = new Set<string>();
	for (let i = current.length - 1; i >= 0; i--) {
		const id = current[i];
		if (!wanted.has(id) || current.indexOf(id) !== i) list.delete(i, 1);
		else seen.add(id);
	}
	let kept = list.toArray();
	for (let i = 0; i < ids.length; i++) {
		if (kept[i] === ids[i]) continue;
		const at = kept.indexOf(ids[i], i + 1);
		if (at >= 0) list.delete(at, 1);
		list.insert(i, [ids[i]]);
		kept = list.toArray();
	}
	if (kept.length > ids.length) list.delete(ids.length, kept.length - ids.length);
}

/** The graph file `doc` holds now, each list in its order; not checked. */
export function readGraph(doc: Y.Doc): GraphFile {
	const { graph: own, records, order } = parts(doc);
	const graph: Fields = own.toJSON();
	const hasTypes = graph.relationTypes === true;
	delete graph.relationTypes;
	for (const kind of RECORD_KINDS) {
		const byId = records(kind);
		const listed = new Set<string>();
		const list: Fields[] = [];
		const add = (id: string) => {
			const map = byId.get(id);
			if (!map || listed.has(id)) return;
			listed.add(id);
			list.push(map.toJSON());
		};
		for (const id of order(kind)) add(id);
		// A record whose place in the order was lost in a merge still belongs to the graph.
		for (const id of [...byId.keys()].sort()) add(id);
		if (kind !== 'relationTypes' || hasTypes || list.length > 0) graph[kind] = list;
	}
	const steps = records(STORY);
	const story: Fields[] = [];
	const told = new Set<string>();
	for (const key of [...order(STORY), ...[...steps.keys()].sort()]) {
		const step = steps.get(key);
		if (!step || told.has(key)) continue;
		told.add(key);
		story.push(step.toJSON());
	}
	if (story.length > 0) graph.story = story;
	return graph as unknown as GraphFile;
}

/** A document holding `graph`: a team's copy of a graph from the library. */
export function documentOf(graph: GraphFile): Y.Doc {
	const doc = new Y.Doc();
	writeGraph(doc, graph);
	return doc;
}

function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	return JSON.stringify(a) === JSON.stringify(b);
}

/** A value as JSON keeps it: what a Yjs map stores and gives back. */
function plain(value: unknown): unknown {
	return typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) : value;
}
