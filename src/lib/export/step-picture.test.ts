import { describe, expect, it } from 'vitest';
import { graphLayout } from '$lib/layout/graph-layout';
import { indexGraph } from '$lib/model/graph-index';
import { briefingSources } from '$lib/present/briefing-sources';
import { resolveStep } from '$lib/present/resolve-step';
import { storyOf } from '$lib/present/story-steps';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';
import { stepSlidePicture, stepView } from './step-picture';

const graph = exampleGraph();
const index = indexGraph(graph);
const steps = storyOf(graph, index);
const positions = graphLayout(graph);

describe('stepView', () => {
	it('draws the step as of its own date, titled with its title, with its focus', () => {
		const step = resolveStep(graph, steps, 3);
		const view = stepView(graph, positions, step);
		expect(view.title).toBe('June 2024: a defense pact with Russia');
		expect(view.asOf).toBe('2024-06-19');
		expect(view.focus).toMatchObject({ kind: 'story' });
	});

	it('draws an undated step as of the graph’s date', () => {
		expect(stepView(graph, positions, resolveStep(graph, steps, 1)).asOf).toBe(graph.asOf);
	});
});

describe('stepSlidePicture', () => {
	const step = resolveStep(graph, steps, 1);
	const svg = stepSlidePicture(graph, positions, step, { aspect: '16:9' });
	const elements = allElements(parseXml(svg));
	const drawn = elements
		.filter((e) => e.getAttribute('class') === 'relation')
		.map((e) => e.getAttribute('data-relation'));

	it('titles the slide with the step, under the graph’s title and the date', () => {
		const header = elements.find((e) => e.getAttribute('class') === 'header')!;
		const lines = [...header.getElementsByTagName('text')].map((t) => t.textContent);
		expect(lines).toEqual([
			'China: main trading partner and source of aid',
			`${graph.title} · As of 6 Oct 2024`
		]);
	});

	it('draws the step’s focus and its context, and not what the story tells later', () => {
		for (const id of [...step.focusRelations, ...step.contextRelations])
			expect(drawn).toContain(id);
		expect(drawn).not.toContain('rus-prk-treaty-2024');
		expect(drawn).not.toContain('prk-rus-arms');
		expect(svg).not.toContain('opacity="0"');
	});

	it('cites the sources of its focus by the handout’s numbers', () => {
		const sources = briefingSources(graph, index.sources, steps);
		const numbered = stepSlidePicture(graph, positions, step, { aspect: '16:9', sources });
		const cited = [
			...new Set(step.focusRelations.flatMap((id) => sources.byRelation.get(id) ?? []))
		].sort((a, b) => a - b);
		const note = allElements(parseXml(numbered)).find(
			(e) => e.getAttribute('class') === 'source-note'
		)!;
		expect(note.textContent).toMatch(/^Sources .*, see handout$/);
		const written = note
			.textContent!.replace(/^Sources /, '')
			.replace(/, see handout$/, '')
			.split(', ')
			.flatMap((part) => {
				const [from, to = from] = part.split('–').map(Number);
				return Array.from({ length: to - from + 1 }, (_, i) => from + i);
			});
		expect(written).toEqual(cited);
	});
});
