import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import { resolveStep } from '$lib/present/resolve-step';
import { storyOf } from '$lib/present/story-steps';
import { SLIDE_LINE_SCALE } from '$lib/stage/visual-constants';
import { visualGraph } from '$lib/stage/visual-graph';
import { exampleGraph, wholeView } from '../../../tests/fixtures/example-graph';
import { stepView } from './pptx-step-view';

describe('stepView', () => {
	const graph = exampleGraph();
	const index = indexGraph(graph);
	const steps = storyOf(graph, index);
	const stage = { graph, index, positions: wholeView(graph).positions };

	it('draws a dated step as of its date, its focus at full strength and the untold not at all', () => {
		// The first step: China and North Korea, as of the 1961 treaty.
		const step = resolveStep(graph, steps, 0);
		const view = stepView(stage, step);
		expect(view.asOf).toBe('1961-07-11');
		expect(view.lineScale).toBe(SLIDE_LINE_SCALE);
		const drawn = visualGraph(view).relations;
		const shown = drawn.filter((relation) => relation.emphasis === 'normal').map((r) => r.id);
		expect(shown.sort()).toEqual([...step.focusRelations].sort());
		// The 2024 pact with Russia did not stand in 1961: it is not drawn.
		expect(drawn.map((relation) => relation.id)).not.toContain('rus-prk-treaty-2024');
	});

	it('draws an undated step as of the graph’s date, what earlier steps told dimmed', () => {
		const step = resolveStep(graph, steps, 2);
		const view = stepView(stage, step);
		expect(view.asOf).toBe(graph.asOf);
		expect(view.filter).toBeUndefined();
		const faded = visualGraph(view).relations.filter((r) => r.emphasis === 'faded');
		expect(faded.map((relation) => relation.id)).toEqual(expect.arrayContaining(['chn-prk-trade']));
	});
});
