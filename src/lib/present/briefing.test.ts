import { describe, expect, it } from 'vitest';
import { graphLayout } from '$lib/layout/graph-layout';
import type { GraphFile } from '$lib/model/schema';
import { exampleGraph } from '../../../tests/fixtures/example-graph';
import { Briefing } from './briefing.svelte';

const example = exampleGraph();
const story = example.story!;

describe('Briefing of the example', () => {
	it('tells the file’s story, from its first step', () => {
		const briefing = new Briefing(example);
		expect(briefing.count).toBe(story.length);
		expect(briefing.current).toBe(0);
		expect(briefing.shown!.step).toBe(story[0]);
		expect(briefing.upcoming!.step).toBe(story[1]);
	});

	it('opens at the step an address names, counted from 1, kept within the story', () => {
		expect(new Briefing(example, 3).shown!.step).toBe(story[2]);
		expect(new Briefing(example, 99).current).toBe(story.length - 1);
		expect(new Briefing(example, 0).current).toBe(0);
	});

	it('goes from step to step, never before the first nor past the last', () => {
		const briefing = new Briefing(example);
		briefing.go(2);
		expect(briefing.shown!.step).toBe(story[2]);
		briefing.go(story.length + 5);
		expect(briefing.current).toBe(story.length - 1);
		expect(briefing.upcoming).toBeUndefined();
		briefing.go(-1);
		expect(briefing.current).toBe(0);
	});

	it('has no step before the first or after the last', () => {
		const briefing = new Briefing(example);
		expect(briefing.stepAt(-1)).toBeUndefined();
		expect(briefing.stepAt(story.length)).toBeUndefined();
	});

	it('puts every actor where the explorer does, on every step', () => {
		const briefing = new Briefing(example);
		expect(new Map(briefing.positions)).toEqual(graphLayout(example));
		const places = (step: number) =>
			briefing.pictureOf(briefing.stepAt(step)!).actors.map((a) => [a.id, a.x, a.y]);
		expect(places(4)).toEqual(places(0));
	});

	it('pictures a step with its focus at full strength, what was told before faded, the rest not yet shown', () => {
		const briefing = new Briefing(example);
		// Step 2 tells trade and aid between China and North Korea; step 1 told their first ties.
		const picture = briefing.pictureOf(briefing.stepAt(1)!);
		const relation = (id: string) => picture.relations.find((r) => r.id === id)!;
		const actor = (id: string) => picture.actors.find((a) => a.id === id)!;
		for (const id of ['chn-prk-trade', 'chn-prk-aid']) {
			expect(relation(id).emphasis, id).toBe('normal');
			expect(relation(id).opacity, id).toBe(1);
		}
		expect(relation('chn-prk-diplomatic').emphasis).toBe('faded');
		expect(relation('chn-prk-diplomatic').opacity).toBeGreaterThan(0);
		expect(relation('chn-prk-diplomatic').opacity).toBeLessThan(1);
		expect(relation('rus-prk-treaty-2024').emphasis).toBe('hidden');
		expect(relation('rus-prk-treaty-2024').opacity).toBe(0);
		expect(actor('chn').opacity).toBe(1);
		expect(actor('prk').opacity).toBe(1);
		expect(actor('un').emphasis).toBe('faded');
		expect(actor('un').opacity).toBeLessThan(1);
	});

	it('draws lines heavier than the explorer does, for the back of the room', () => {
		const briefing = new Briefing(example);
		const picture = briefing.pictureOf(briefing.stepAt(1)!);
		const trade = picture.relations.find((r) => r.id === 'chn-prk-trade')!;
		expect(trade.style.width).toBeGreaterThan(2);
	});

	it('numbers the sources once for the whole briefing', () => {
		const briefing = new Briefing(example);
		const ids = briefing.sources.sources.map((source) => source.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids.length).toBeGreaterThan(0);
	});
});

describe('Briefing of a graph without relations', () => {
	const empty: GraphFile = {
		title: 'Nothing yet',
		asOf: '2024',
		actors: [{ id: 'prk', name: 'North Korea', kind: 'state' }],
		sources: [],
		relations: []
	};

	it('has no step, and going anywhere does nothing', () => {
		const briefing = new Briefing(empty);
		expect(briefing.count).toBe(0);
		expect(briefing.shown).toBeUndefined();
		briefing.go(1);
		expect(briefing.current).toBe(0);
		expect(briefing.shown).toBeUndefined();
	});
});
