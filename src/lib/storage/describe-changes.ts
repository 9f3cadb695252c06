import { counted } from '$lib/model/count-words';
import type { GraphFile } from '$lib/model/schema';
import { sameValue } from './merge-graphs';

/** The lists a change is counted in, and the word for one of each. */
const LISTS = [
	['actors', 'actor'],
	['relations', 'relation'],
	['sources', 'source'],
	['relationTypes', 'relation type']
] as const;

type Named = { id: string } & Record<string, unknown>;

/**
 * What changed from `before` to `after`, in one line an analyst reads in a
 * version list: "Added Alphaland; changed 2 relations; removed 1 source".
 * A single record is named (an actor by its name, a relation by its ends
 * and type); more are counted. Story steps and the graph's own fields
 * (title, date, subtitle…) are said last.
 */
export function describeChanges(before: GraphFile, after: GraphFile): string {
	const parts: string[] = [];
	const added: string[] = [];
	const changed: string[] = [];
	const removed: string[] = [];
	for (const [list, word] of LISTS) {
		const old = byId(before[list]);
		const now = byId(after[list]);
		const name = (record: Named, graph: GraphFile) => nameOf(list, record, graph, word);
		const addedHere = [...now.values()].filter((record) => !old.has(record.id));
		const removedHere = [...old.values()].filter((record) => !now.has(record.id));
		const changedHere = [...now.values()].filter(
			(record) => old.has(record.id) && !sameValue(old.get(record.id), record)
		);
		if (addedHere.length) added.push(one(addedHere, word, (r) => name(r, after)));
		if (changedHere.length) changed.push(one(changedHere, word, (r) => name(r, after)));
		if (removedHere.length) removed.push(one(removedHere, word, (r) => name(r, before)));
	}
	if (added.length) parts.push(`added ${added.join(', ')}`);
	if (changed.length) parts.push(`changed ${changed.join(', ')}`);
	if (removed.length) parts.push(`removed ${removed.join(', ')}`);
	if (!sameValue(before.story ?? [], after.story ?? [])) parts.push('changed the story');
	if (before.title !== after.title) parts.push(`renamed “${after.title}”`);
	const own = Object.keys({ ...before, ...after }).filter(
		(key) =>
			!['actors', 'relations', 'sources', 'relationTypes', 'story', 'title'].includes(key) &&
			!sameValue(field(before, key), field(after, key))
	);
	if (own.length) parts.push(`changed the graph’s ${own.map(wordFor).join(', ')}`);
	if (parts.length === 0) return 'No change';
	const line = parts.join('; ');
	return line.charAt(0).toUpperCase() + line.slice(1);
}

function one(records: Named[], word: string, name: (record: Named) => string): string {
	return records.length === 1 ? name(records[0]) : counted(records.length, word);
}

function nameOf(list: string, record: Named, graph: GraphFile, word: string): string {
	if (list === 'actors') return String(record.name);
	if (list === 'sources') return `the source “${String(record.title)}”`;
	if (list === 'relationTypes') return `the type “${String(record.label)}”`;
	if (list === 'relations') {
		const actor = (id: unknown) => graph.actors.find((each) => each.id === id)?.name ?? String(id);
		return `${actor(record.source)}–${actor(record.target)} ${String(record.type)}`;
	}
	return word;
}

function byId(list: readonly { id: string }[] | undefined): Map<string, Named> {
	return new Map((list ?? []).map((record) => [record.id, record as Named]));
}

function field(graph: GraphFile, key: string): unknown {
	return (graph as unknown as Record<string, unknown>)[key];
}

/** A graph field as the analyst knows it: `asOf` is its date. */
function wordFor(key: string): string {
	return key === 'asOf' ? 'date' : key;
}
