import { describe, expect, it } from 'vitest';
import type { GraphFile } from '$lib/model/schema';
import { example, valid } from '../../../tests/fixtures/example-graph';
import {
	addEvidence,
	addRelation,
	removeEvidence,
	removeRelation,
	updateRelation
} from './relation-edits';

const base = example.relations.find((r) => r.id === 'chn-prk-trade')!;
const relation = (graph: GraphFile, id: string) => graph.relations.find((r) => r.id === id);
const stepsNaming = (graph: GraphFile, id: string) =>
	(graph.story ?? []).filter((step) => step.relations?.includes(id)).map((step) => step.id);

describe('relation edits', () => {
	it('adds, changes and removes a relation', () => {
		const added = addRelation(example, { ...base, id: 'rus-prk-trade', source: 'rus' });
		expect(valid(added)).toBe(true);
		const changed = updateRelation(added, 'rus-prk-trade', {
			...base,
			id: 'rus-prk-trade',
			source: 'rus',
			status: 'reported'
		});
		expect(changed.relations.find((r) => r.id === 'rus-prk-trade')!.status).toBe('reported');
		expect(removeRelation(changed, 'rus-prk-trade').relations).toHaveLength(
			example.relations.length
		);
	});

	it('leaves the original graph as it was', () => {
		addRelation(example, { ...base, id: 'rus-prk-trade', source: 'rus' });
		updateRelation(example, base.id, { ...base, status: 'denied' });
		removeRelation(example, base.id);
		expect(relation(example, 'rus-prk-trade')).toBeUndefined();
		expect(relation(example, base.id)!.status).toBe('confirmed');
	});

	it('renames a relation’s id in the story steps that tell it', () => {
		const told = stepsNaming(example, base.id);
		expect(told.length).toBeGreaterThan(0);
		const next = updateRelation(example, base.id, { ...base, id: 'chn-prk-commerce' });
		expect(stepsNaming(next, base.id)).toEqual([]);
		expect(stepsNaming(next, 'chn-prk-commerce')).toEqual(told);
		expect(valid(next)).toBe(true);
	});

	it('takes a removed relation out of the story, leaving a valid graph', () => {
		const next = removeRelation(example, 'chn-prk-aid');
		expect(relation(next, 'chn-prk-aid')).toBeUndefined();
		expect(stepsNaming(next, 'chn-prk-aid')).toEqual([]);
		expect(next.story).toHaveLength(example.story!.length);
		expect(valid(next)).toBe(true);
	});
});

describe('evidence edits', () => {
	it('adds evidence, and never takes away the last item', () => {
		const more = addEvidence(example, base.id, {
			source: 'ksat-2024-10-06',
			note: 'A further note.'
		});
		expect(more.relations.find((r) => r.id === base.id)!.evidence).toHaveLength(
			base.evidence.length + 1
		);
		let graph = more;
		for (let i = 0; i < 10; i++) graph = removeEvidence(graph, base.id, 0);
		expect(graph.relations.find((r) => r.id === base.id)!.evidence).toHaveLength(1);
		expect(valid(graph)).toBe(true);
	});

	it('adds the new item last, on that relation only', () => {
		const note = { source: 'ksat-2024-10-06', note: 'A further note.' };
		const more = addEvidence(example, base.id, note);
		expect(relation(more, base.id)!.evidence.at(-1)).toEqual(note);
		for (const other of example.relations.filter((r) => r.id !== base.id)) {
			expect(relation(more, other.id)).toEqual(other);
		}
	});

	it('removes the item asked for and keeps the others in order', () => {
		const next = removeEvidence(example, base.id, 1);
		expect(relation(next, base.id)!.evidence).toEqual([base.evidence[0], base.evidence[2]]);
	});

	it('changes nothing for a relation the graph does not have', () => {
		expect(removeEvidence(example, 'no-such-relation', 0)).toBe(example);
	});
});
