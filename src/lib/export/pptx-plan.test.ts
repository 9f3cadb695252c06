import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import type { GraphFile } from '$lib/model/schema';
import { briefingSources } from '$lib/present/briefing-sources';
import { storyOf } from '$lib/present/story-steps';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { graphOf, relationOf, sourceOf } from '../../../tests/fixtures/graph-builders';
import { SLIDE } from './pptx-layout';
import { deckPlan } from './pptx-plan';
import type { PlannedSlide, SlideText } from './pptx-slide';

const stepsOf = (graph: GraphFile) => storyOf(graph, indexGraph(graph));
const texts = (slide: PlannedSlide) =>
	slide.elements.filter((element): element is SlideText => element.kind === 'text');
const named = (slide: PlannedSlide, name: string) =>
	texts(slide)
		.filter((text) => text.name === name)
		.map((text) => text.paragraphs.map((runs) => runs.map((run) => run.text).join('')).join('\n'));

describe('deckPlan', () => {
	const graph = exampleGraph();
	const steps = stepsOf(graph);
	const plan = deckPlan(graph, steps);

	it('opens with a title slide, gives each story step a slide, and ends with the sources', () => {
		expect(plan.map((slide) => slide.role)).toEqual([
			'title',
			...steps.map(() => 'step'),
			'sources',
			'sources'
		]);
		const title = plan[0];
		expect(named(title, 'title')).toEqual([graph.title]);
		expect(named(title, 'subtitle')).toEqual([graph.subtitle]);
		expect(named(title, 'date')).toEqual([`As of 6 Oct 2024 · ${steps.length} steps`]);
	});

	it('carries each step’s title, caption as text and notes as the speaker notes', () => {
		const stepSlides = plan.filter((slide) => slide.role === 'step');
		stepSlides.forEach((slide, i) => {
			expect(named(slide, 'title')).toEqual([steps[i].title]);
			expect(named(slide, 'caption')).toEqual([steps[i].caption]);
			expect(slide.notes).toBe(steps[i].notes);
			expect(named(slide, 'progress')).toEqual([`Step ${i + 1} of ${steps.length}`]);
			expect(slide.elements.filter((element) => element.kind === 'picture')).toHaveLength(1);
		});
		expect(named(stepSlides[0], 'graph and date')).toEqual([`${graph.title} · As of 11 Jul 1961`]);
	});

	it('cites on each step the sources of the relations in focus, by the numbers the Sources slides give', () => {
		const numbers = briefingSources(graph, indexGraph(graph).sources, steps);
		const listed = plan
			.filter((slide) => slide.role === 'sources')
			.flatMap((slide) => named(slide, 'sources')[0].split('\n'));
		expect(listed).toHaveLength(numbers.sources.length);
		listed.forEach((line, i) => {
			expect(line.startsWith(`[${i + 1}] ${numbers.sources[i].publisher}.`)).toBe(true);
			expect(line.endsWith(numbers.sources[i].url!)).toBe(true);
		});
		// Step 4, the pact with Russia, rests on the sources of rus-prk-treaty-2024.
		const pact = plan[4];
		const cited = numbers.byRelation.get('rus-prk-treaty-2024')!;
		const citations = named(pact, 'sources')[0].split('\n');
		expect(citations[0]).toBe('Sources');
		expect(citations.slice(1).map((line) => Number(/^\[(\d+)\]/.exec(line)![1]))).toEqual(cited);
		for (const n of cited) expect(citations.join('\n')).toContain(numbers.sources[n - 1].publisher);
	});

	it('places everything inside the slide, each text in a box tall enough for its lines', () => {
		for (const slide of plan) {
			for (const element of slide.elements) {
				const { x, y, width, height } = element.box;
				expect(x).toBeGreaterThanOrEqual(0);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(x + width).toBeLessThanOrEqual(SLIDE.width);
				expect(y + height).toBeLessThanOrEqual(SLIDE.height);
			}
		}
	});

	it('leaves out the marking when the graph has none', () => {
		for (const slide of plan) expect(named(slide, 'marking')).toEqual([]);
	});

	it('writes the marking at the top and the bottom of every slide', () => {
		const marked = deckPlan({ ...graph, marking: 'OFFICIAL-SENSITIVE' }, steps);
		for (const slide of marked) {
			const boxes = texts(slide).filter((text) => text.name === 'marking');
			expect(boxes.map((box) => box.paragraphs[0][0].text)).toEqual([
				'OFFICIAL-SENSITIVE',
				'OFFICIAL-SENSITIVE'
			]);
			const [top, bottom] = boxes.map((box) => box.box.y);
			expect(top).toBeLessThan(40);
			expect(bottom).toBeGreaterThan(SLIDE.height - 40);
			// Nothing else reaches into the marking's bands.
			for (const text of texts(slide).filter((text) => text.name !== 'marking')) {
				expect(text.box.y).toBeGreaterThanOrEqual(top + boxes[0].box.height);
				expect(text.box.y + text.box.height).toBeLessThanOrEqual(bottom);
			}
		}
	});

	it('shows a short description on the title slide, and gives a long one to the speaker notes', () => {
		const short = deckPlan({ ...graph, description: 'Ties drawn from open sources.' }, steps);
		expect(named(short[0], 'description')).toEqual(['Ties drawn from open sources.']);
		expect(short[0].notes).toBeUndefined();
		const long = 'What the network shows and how it was made. '.repeat(60).trim();
		const plan = deckPlan({ ...graph, description: long }, steps);
		expect(named(plan[0], 'description')).toEqual([]);
		expect(plan[0].notes).toBe(long);
	});

	it('runs a caption too long for one slide on to the next slide, with the same title and notes', () => {
		const caption = Array.from(
			{ length: 10 },
			(_, i) => `Sentence ${i + 1} of a caption that tells the room a good deal about this step.`
		).join(' ');
		const story = [{ title: 'A long step', caption, relations: ['t'], notes: 'Say it slowly.' }];
		const long = graphOf({ relations: [relationOf('t')], sources: [sourceOf('s')], story });
		const slides = deckPlan(long, stepsOf(long)).filter((slide) => slide.role === 'step');
		expect(slides.length).toBeGreaterThan(1);
		expect(slides.map((slide) => named(slide, 'caption')[0]).join(' ')).toBe(caption);
		for (const slide of slides) {
			expect(named(slide, 'title')).toEqual(['A long step']);
			expect(slide.notes).toBe('Say it slowly.');
			const box = texts(slide).find((text) => text.name === 'caption')!;
			expect(box.fontSize).toBe(16);
		}
		expect(named(slides[1], 'progress')).toEqual(['Step 1 of 1 (continued)']);
	});

	it('tells a graph without a story a relation type at a time', () => {
		const plain = graphOf({
			relations: [relationOf('t'), relationOf('a', { type: 'aid' })],
			sources: [sourceOf('s')]
		});
		const slides = deckPlan(plain, stepsOf(plain));
		expect(slides.map((slide) => slide.role)).toEqual(['title', 'step', 'step', 'sources']);
		expect(named(slides[1], 'title')).toEqual(['Trade']);
	});
});
