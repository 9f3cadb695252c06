import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '$lib/model/graph-problem';
import { parseGraph } from '$lib/model/parse-graph';
import type { GraphFile } from '$lib/model/schema';
import { resolveStep } from './resolve-step';

const EXAMPLE = new URL('../../../static/graphs/dprk-prc-russia-un.json', import.meta.url);

function loadExample(): GraphFile {
	const parsed = parseGraph(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
	if (!parsed.ok) throw new Error(parsed.problems.map(describeProblem).join('\n'));
	return parsed.graph;
}

const graph = loadExample();
const story = graph.story ?? [];
const ksat = graph.sources.find((source) => source.id === 'ksat-2024-10-06')!.archivedText!;

describe('the example’s story', () => {
	it('tells 5 to 7 steps in the order of the briefing', () => {
		expect(story.length).toBeGreaterThanOrEqual(5);
		expect(story.length).toBeLessThanOrEqual(7);
		const firstFocus = (relation: string) =>
			story.findIndex((s) => s.relations?.includes(relation));
		const order = [
			'chn-prk-diplomatic',
			'chn-prk-trade',
			'un-prk-sanctions',
			'rus-prk-treaty-2024',
			'prk-rus-arms'
		].map(firstFocus);
		expect(order.every((step) => step >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('quotes only words found verbatim in the KSAT text, and names KSAT when it does', () => {
		for (const step of story) {
			const shown = `${step.title} ${step.caption}`;
			const quotes = [...shown.matchAll(/“([^”]+)”/g)].map((match) => match[1]);
			for (const quote of quotes) expect(ksat, `${step.title}: “${quote}”`).toContain(quote);
			if (quotes.length > 0) expect(shown, step.title).toMatch(/KSAT/);
			// KSAT summarizes AP: its words are never passed off as AP's.
			expect(shown).not.toMatch(/\bAP (says|writes|reports)/);
		}
	});

	it('keeps the alleged arms transfers alleged, and the 1961 treaty unrenewed', () => {
		const arms = story.find((s) => s.relations?.includes('prk-rus-arms'))!;
		expect(`${arms.title} ${arms.caption}`).toMatch(/alleg/i);
		expect(arms.caption).toMatch(/deny/);
		for (const step of story) expect(`${step.title} ${step.caption}`).not.toMatch(/renew/i);
	});

	it('does not show the June 2024 pact before its step, nor on a step dated before it', () => {
		const pactStep = story.findIndex((s) => s.relations?.includes('rus-prk-treaty-2024'));
		for (let i = 0; i < pactStep; i++) {
			const step = resolveStep(graph, story, i);
			expect(step.focusRelations).not.toContain('rus-prk-treaty-2024');
			expect(step.contextRelations).not.toContain('rus-prk-treaty-2024');
		}
	});

	it('has notes for the presenter on every step', () => {
		for (const step of story) expect(step.notes, step.title).toBeTruthy();
	});
});
