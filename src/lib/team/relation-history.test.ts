import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { GraphFile } from '$lib/model/schema';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { writeGraph } from './graph-document';
import { relationHistory, type KeptChange } from './relation-history';

/** A graph's kept changes as the server keeps them: each member's change, in order. */
function kept(steps: { member: string; graph: GraphFile }[]): KeptChange[] {
	const doc = new Y.Doc();
	const changes: KeptChange[] = [];
	steps.forEach(({ member, graph }, i) => {
		const before = Y.encodeStateVector(doc);
		writeGraph(doc, graph);
		changes.push({ member, at: 1_000 * (i + 1), change: Y.encodeStateAsUpdate(doc, before) });
	});
	return changes;
}

describe('relationHistory', () => {
	const graph = exampleGraph();
	const relation = graph.relations[0];
	const other = graph.relations[1];
	const withRelation = (changed: Partial<typeof relation>) => ({
		...graph,
		relations: [{ ...relation, ...changed }, ...graph.relations.slice(1)]
	});

	it('lists who changed what of one relation and when, newest first, and nothing of the others', () => {
		const changes = kept([
			{ member: 'Ana', graph },
			{ member: 'Ben', graph: withRelation({ status: 'alleged' }) },
			// A change to another relation is not this one's history.
			{
				member: 'Ana',
				graph: {
					...withRelation({ status: 'alleged' }),
					relations: [
						{ ...relation, status: 'alleged' },
						{ ...other, summary: 'Another' },
						...graph.relations.slice(2)
					]
				}
			},
			{
				member: 'Cleo',
				graph: withRelation({
					status: 'alleged',
					evidence: [...relation.evidence, { source: relation.evidence[0].source, note: 'Seen' }],
					since: '1950'
				})
			}
		]);
		const history = relationHistory(changes, relation.id);
		expect(history.map((change) => [change.member, change.at])).toEqual([
			['Cleo', 4000],
			['Ben', 2000],
			['Ana', 1000]
		]);
		expect(history[0].what).toEqual([
			`since ${relation.since ?? 'none'} → 1950`,
			`evidence item ${relation.evidence.length + 1} added`
		]);
		expect(history[1].what).toEqual([`status ${relation.status} → alleged`]);
		expect(history[2].what).toEqual(['added']);
		expect(history[1].after).toMatchObject({ ...relation, status: 'alleged' });
	});

	it('says when a relation was deleted, and when evidence was taken away', () => {
		const changes = kept([
			{
				member: 'Ana',
				graph: withRelation({ evidence: [...relation.evidence, ...other.evidence] })
			},
			{ member: 'Ben', graph: withRelation({}) },
			{ member: 'Ben', graph: { ...graph, relations: graph.relations.slice(1), story: undefined } }
		]);
		const history = relationHistory(changes, relation.id);
		expect(history[0]).toMatchObject({ what: ['deleted'], after: undefined });
		expect(history[1].what).toEqual([
			`${other.evidence.length} evidence ${other.evidence.length === 1 ? 'item' : 'items'} removed`
		]);
	});
});
