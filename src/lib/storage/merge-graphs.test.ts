import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGraph } from '$lib/model/parse-graph';
import type { GraphFile } from '$lib/model/schema';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { actorOf } from '../../../tests/fixtures/graph-builders';
import { graphFile } from '../../../tests/fixtures/graph-arbitrary';
import { mergeGraphs, theirsOverridden } from './merge-graphs';
import { testGraph } from './test-graph';

const base = exampleGraph();
const withActor = (graph: GraphFile, id: string, name: string): GraphFile => ({
	...graph,
	actors: [...graph.actors, actorOf(id, { name })]
});
const changedRelation = (graph: GraphFile, id: string, change: object): GraphFile => ({
	...graph,
	relations: graph.relations.map((relation) =>
		relation.id === id ? { ...relation, ...change } : relation
	)
});
const names = (graph: GraphFile) => graph.actors.map((actor) => actor.name);

describe('mergeGraphs', () => {
	it('keeps an actor added in each of two tabs', () => {
		const theirs = withActor(base, 'alphaland', 'Alphaland');
		const mine = withActor(base, 'betaland', 'Betaland');
		const merged = mergeGraphs(base, theirs, mine);
		expect(names(merged).slice(-2)).toEqual(['Betaland', 'Alphaland']);
		expect(parseGraph(merged).ok).toBe(true);
	});

	it('keeps two changes to different fields of one relation', () => {
		const [first] = base.relations;
		const theirs = changedRelation(base, first.id, { summary: 'Their summary.' });
		const mine = changedRelation(base, first.id, { status: 'alleged' });
		const merged = mergeGraphs(base, theirs, mine).relations.find((r) => r.id === first.id)!;
		expect(merged).toMatchObject({ summary: 'Their summary.', status: 'alleged' });
	});

	it('lets the later save win where both changed the same field, the same way either way round', () => {
		const [first] = base.relations;
		const theirs = changedRelation(base, first.id, { summary: 'Saved first.' });
		const mine = changedRelation(base, first.id, { summary: 'Saved second.' });
		const merged = mergeGraphs(base, theirs, mine);
		expect(merged.relations[0].summary).toBe('Saved second.');
		// The first tab then takes in the second's save: nothing of its own is left to keep.
		expect(mergeGraphs(theirs, merged, theirs)).toEqual(merged);
	});

	it('merges the graph’s own fields one by one', () => {
		const theirs = { ...base, title: 'Their title' };
		const mine = { ...base, marking: 'OFFICIAL' };
		expect(mergeGraphs(base, theirs, mine)).toMatchObject({
			title: 'Their title',
			marking: 'OFFICIAL'
		});
	});

	it('deletes what one side deleted and the other left alone', () => {
		const untold = { ...base, story: undefined };
		const gone = base.relations[1].id;
		const theirs = { ...untold, relations: base.relations.filter((r) => r.id !== gone) };
		const mine = { ...untold, title: 'Mine' };
		const merged = mergeGraphs(untold, theirs, mine);
		expect(merged.relations.map((r) => r.id)).not.toContain(gone);
		expect(merged.title).toBe('Mine');
	});

	it('keeps a relation one side deleted while a step of the story still shows it', () => {
		const told = base.story![0].relations![0];
		const theirs = { ...base, relations: base.relations.filter((r) => r.id !== told) };
		const merged = mergeGraphs(base, theirs, { ...base, title: 'Mine' });
		expect(merged.relations.map((r) => r.id)).toContain(told);
	});

	it('keeps a record one side deleted and the other changed, changed', () => {
		const target = base.relations[1];
		const theirs = { ...base, relations: base.relations.filter((r) => r.id !== target.id) };
		const mine = changedRelation(base, target.id, { summary: 'Still true.' });
		const merged = mergeGraphs(base, theirs, mine);
		expect(merged.relations.find((r) => r.id === target.id)?.summary).toBe('Still true.');
	});

	it('keeps an actor one side deleted while the other tied a new relation to it', () => {
		const lonely = actorOf('lonely', { name: 'Lonely' });
		const start = { ...base, actors: [...base.actors, lonely] };
		const theirs = { ...start, actors: base.actors };
		const relation = { ...base.relations[0], id: 'new-tie', source: 'lonely' };
		const mine = { ...start, relations: [...start.relations, relation] };
		const merged = mergeGraphs(start, theirs, mine);
		expect(merged.actors.map((actor) => actor.id)).toContain('lonely');
		expect(parseGraph(merged).ok).toBe(true);
	});

	it('gives back the side that changed when the other did not', () => {
		fc.assert(
			fc.property(graphFile, graphFile, (start, changed) => {
				expect(mergeGraphs(start, start, changed)).toBe(changed);
				expect(mergeGraphs(start, changed, start)).toBe(changed);
			}),
			{ numRuns: 50 }
		);
	});

	it('keeps every actor either side added, and holds together, whatever each side deleted', () => {
		fc.assert(
			fc.property(
				graphFile,
				fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
				fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
				(start, theirCuts, myCuts) => {
					const cut = (cuts: boolean[], name: string): GraphFile =>
						withActor(
							{
								...start,
								relations: start.relations.filter((_, i) => !cuts[i % cuts.length]),
								actors: start.actors.filter((_, i) => !cuts[(i + 7) % cuts.length])
							},
							`${name.toLowerCase()}-new`,
							name
						);
					const theirs = cut(theirCuts, 'Theirs');
					const mine = cut(myCuts, 'Mine');
					const merged = mergeGraphs(start, theirs, mine);
					expect(names(merged)).toEqual(expect.arrayContaining(['Theirs', 'Mine']));
					const actors = new Set(merged.actors.map((actor) => actor.id));
					for (const relation of merged.relations) {
						expect(actors.has(relation.source) && actors.has(relation.target)).toBe(true);
					}
				}
			),
			{ numRuns: 100 }
		);
	});
});

describe('theirsOverridden', () => {
	const withStatus = (status: 'alleged' | 'denied' | 'confirmed') => {
		const graph = testGraph();
		graph.relations[0] = { ...graph.relations[0], status };
		return graph;
	};

	it('is true when both changed one field, each to something else', () => {
		expect(theirsOverridden(testGraph(), withStatus('alleged'), withStatus('denied'))).toBe(true);
		expect(theirsOverridden(testGraph(), testGraph('Theirs'), testGraph('Mine'))).toBe(true);
	});

	it('is false when they changed different fields, or the same to the same', () => {
		expect(theirsOverridden(testGraph(), withStatus('alleged'), testGraph('Mine'))).toBe(false);
		expect(theirsOverridden(testGraph(), withStatus('alleged'), withStatus('alleged'))).toBe(false);
	});
});
