import { describe, expect, it } from 'vitest';
import { addRelation } from '$lib/editing/relation-edits';
import type { GraphFile } from '$lib/model/schema';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { Explorer } from './explorer.svelte';

const example = exampleGraph();
const trade = example.relations.find((r) => r.id === 'chn-prk-trade')!;

describe('Explorer', () => {
	it('keeps the picture still when a relation is added: every actor is placed where it stood', () => {
		const explorer = new Explorer(example);
		const before = new Map(explorer.placement.positions);
		const layout = explorer.placement.layout;
		explorer.document.change(
			(graph) => addRelation(graph, { ...trade, id: 'rus-prk-trade', source: 'rus' }),
			'Add trade'
		);
		expect(explorer.placement.layout).not.toBe(layout);
		expect(new Map(explorer.placement.positions)).toEqual(before);
		explorer.document.undo();
		expect(explorer.document.graph.actors.every((a) => !a.position)).toBe(true);
		expect(new Map(explorer.placement.positions)).toEqual(before);
	});

	it('keeps the layout when only words change, and tells who listens of every change', () => {
		const seen: GraphFile[] = [];
		const explorer = new Explorer(example, { onchange: (graph) => seen.push(graph) });
		const layout = explorer.placement.layout;
		explorer.document.change((graph) => ({ ...graph, title: 'Renamed' }), 'Rename');
		expect(explorer.placement.layout).toBe(layout);
		explorer.document.undo();
		expect(seen.map((g) => g.title)).toEqual(['Renamed', example.title]);
	});

	it('selects nothing once an undo takes the selected relation away', () => {
		const explorer = new Explorer(example);
		explorer.document.change((graph) => addRelation(graph, { ...trade, id: 'new-one' }), 'Add');
		explorer.selection.select({ kind: 'relation', id: 'new-one' });
		expect(explorer.selection.current).toEqual({ kind: 'relation', id: 'new-one' });
		explorer.document.undo();
		expect(explorer.selection.current).toBeNull();
	});

	it('selects nothing while the selected relation is hidden by a filter or the as-of date', () => {
		const explorer = new Explorer(example);
		explorer.selection.select({ kind: 'relation', id: 'rus-prk-treaty-2024' });
		explorer.filters.setAsOf('2023');
		expect(explorer.selection.current).toBeNull();
		explorer.filters.setAsOf(undefined);
		explorer.filters.toggleType('defense-pact');
		expect(explorer.selection.current).toBeNull();
	});

	it('draws what the stage gives: the selection forward, the rest faded', () => {
		const explorer = new Explorer(example);
		expect(explorer.visual.relations).toHaveLength(example.relations.length);
		explorer.selection.select({ kind: 'actor', id: 'un' });
		const un = explorer.visual.actors.find((actor) => actor.id === 'un')!;
		expect(un.emphasis).toBe('selected');
		const faded = explorer.visual.relations.filter((r) => r.emphasis === 'faded');
		expect(faded.every((r) => r.source !== 'un' && r.target !== 'un')).toBe(true);
		expect(faded.length).toBeGreaterThan(0);
	});

	it('shows the view an address asks for, and says what names nothing in this graph', () => {
		const explorer = new Explorer(example);
		const problems = explorer.showView({
			hiddenTypes: ['trade', 'barter'],
			asOf: '2023',
			selection: { kind: 'actor', id: 'atlantis' },
			table: true
		});
		expect(problems).toEqual([
			'hide: no relation type has the id "barter"',
			'actor: no actor "atlantis" is shown in this graph'
		]);
		expect([...explorer.filters.hiddenTypes]).toEqual(['trade']);
		expect(explorer.filters.asOf).toBe('2023');
		expect(explorer.view).toBe('table');
		expect(explorer.viewInAddress).toMatchObject({
			hiddenTypes: ['trade'],
			asOf: '2023',
			table: true
		});
	});

	it('finds an actor: selects it and shows the graph', () => {
		const explorer = new Explorer(example);
		explorer.show('table');
		explorer.findActor('chn');
		expect(explorer.view).toBe('graph');
		expect(explorer.selection.actor).toBe('chn');
	});

	it('gives the exports the view as the screen shows it', () => {
		const explorer = new Explorer(example);
		explorer.filters.toggleStatus('alleged');
		explorer.selection.select({ kind: 'relation', id: 'chn-prk-aid' });
		const { filter, focus, positions } = explorer.stageInput;
		expect(filter?.hiddenStatuses.has('alleged')).toBe(true);
		expect(focus).toEqual({
			kind: 'selection',
			selection: { kind: 'relation', id: 'chn-prk-aid' }
		});
		expect(positions).toEqual(explorer.placement.positions);
	});
});
