import * as Y from 'yjs';
import type { GraphFile, Relation } from '$lib/model/schema';

/** A change the team's server kept: who sent it, when, and the change itself. */
export interface KeptChange {
	member: string;
	/** Milliseconds since 1970, as the server's clock had it. */
	at: number;
	change: Uint8Array;
}

/** One change to a relation, as its History lists it. */
export interface RelationChange {
	member: string;
	at: number;
	/** What changed, in words: "status reported → alleged", "evidence item 2 added". */
	what: string[];
	/** The relation as this change left it; undefined when it deleted it. */
	after: Relation | undefined;
}

/**
 * The changes to one relation, newest first: the kept changes are replayed in
 * the order the server received them, and each that changed the relation is
 * listed with what it changed, who and when. This is the trail a contested
 * claim needs: who called it alleged, who added which source, and when.
 */
export function relationHistory(changes: readonly KeptChange[], id: string): RelationChange[] {
	const doc = new Y.Doc();
	const relations = doc.getMap<Y.Map<unknown>>('relations');
	let before: Relation | undefined;
	let shown = '';
	const history: RelationChange[] = [];
	for (const kept of changes) {
		Y.applyUpdate(doc, kept.change);
		const record = relations.get(id)?.toJSON() as Relation | undefined;
		const now = JSON.stringify(record ?? null);
		if (now === shown) continue;
		history.push({
			member: kept.member,
			at: kept.at,
			what: changesTo(before, record),
			after: record
		});
		before = record;
		shown = now;
	}
	return history.reverse();
}

const DATES = ['signed', 'since', 'until'] as const;

/** What changed of a relation, in words. */
export function changesTo(before: Relation | undefined, after: Relation | undefined): string[] {
	if (!before && !after) return [];
	if (!before) return ['added'];
	if (!after) return ['deleted'];
	const what: string[] = [];
	if (before.status !== after.status) what.push(`status ${before.status} → ${after.status}`);
	if (before.type !== after.type) what.push(`type ${before.type} → ${after.type}`);
	if (before.source !== after.source || before.target !== after.target)
		what.push(`ends ${before.source}–${before.target} → ${after.source}–${after.target}`);
	if (before.directed !== after.directed)
		what.push(after.directed ? 'made one way' : 'made mutual');
	for (const date of DATES)
		if (before[date] !== after[date])
			what.push(`${date} ${before[date] ?? 'none'} → ${after[date] ?? 'none'}`);
	if (before.summary !== after.summary) what.push('summary changed');
	const was = before.evidence.map((item) => JSON.stringify(item));
	const is = after.evidence.map((item) => JSON.stringify(item));
	is.forEach((item, i) => {
		if (!was.includes(item))
			what.push(i < was.length ? `evidence item ${i + 1} changed` : `evidence item ${i + 1} added`);
	});
	const gone = was.length - is.length;
	if (gone > 0) what.push(`${gone} evidence ${gone === 1 ? 'item' : 'items'} removed`);
	return what.length > 0 ? what : ['changed'];
}

/** The graph with a relation as an earlier version had it: in its place, or back at the end. */
export function withRelationAsItWas(graph: GraphFile, relation: Relation): GraphFile {
	const at = graph.relations.findIndex((candidate) => candidate.id === relation.id);
	const relations =
		at < 0
			? [...graph.relations, relation]
			: graph.relations.map((candidate, i) => (i === at ? relation : candidate));
	return { ...graph, relations };
}
