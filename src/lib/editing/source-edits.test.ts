import { describe, expect, it } from 'vitest';
import { example, valid } from '../../../tests/fixtures/example-graph';
import { graphOf, relationOf, sourceOf } from '../../../tests/fixtures/graph-builders';
import { addSource, citationsOf, removeSource, updateSource } from './source-edits';

const newSource = sourceOf('new');

/** Two relations; the first cites `a` twice and `b` once, the second cites `a` once. */
const small = graphOf({
	relations: [
		relationOf('x-y-trade', {
			source: 'x',
			target: 'y',
			summary: 'Trade',
			evidence: [
				{ source: 'a', note: 'One' },
				{ source: 'b', note: 'Two' },
				{ source: 'a', note: 'Three' }
			]
		}),
		relationOf('x-y-aid', {
			type: 'aid',
			source: 'x',
			target: 'y',
			status: 'reported',
			summary: 'Aid',
			evidence: [{ source: 'a', note: 'Four' }]
		})
	]
});

describe('source edits', () => {
	it('keeps a cited source, removes an uncited one', () => {
		const cited = example.sources[0].id;
		expect(citationsOf(example, cited)).toBeGreaterThan(0);
		expect(removeSource(example, cited)).toBe(example);
		const extra = addSource(example, newSource);
		expect(removeSource(extra, 'new').sources).toHaveLength(example.sources.length);
	});

	it('renames a source’s id in the evidence that cites it', () => {
		const source = example.sources.find((s) => s.id === 'ksat-2024-10-06')!;
		const next = updateSource(example, source.id, { ...source, id: 'ksat' });
		expect(citationsOf(next, 'ksat')).toBe(citationsOf(example, source.id));
		expect(citationsOf(next, source.id)).toBe(0);
		expect(valid(next)).toBe(true);
	});

	it('adds a source that the app then opens, the original graph unchanged', () => {
		const extra = addSource(example, newSource);
		expect(extra.sources.at(-1)).toEqual(newSource);
		expect(example.sources.some((s) => s.id === 'new')).toBe(false);
		expect(valid(extra)).toBe(true);
	});
});

describe('citationsOf', () => {
	it('counts every evidence item that cites a source, several in one relation too', () => {
		expect(citationsOf(small, 'a')).toBe(3);
		expect(citationsOf(small, 'b')).toBe(1);
		expect(citationsOf(small, 'nowhere')).toBe(0);
	});
});

describe('updateSource', () => {
	it('changes a source’s words without touching the evidence', () => {
		const next = updateSource(small, 'b', { ...small.sources[1], title: 'Better title' });
		expect(next.sources[1].title).toBe('Better title');
		expect(next.relations).toEqual(small.relations);
	});

	it('renames only the citations of that source, keeping each item’s words', () => {
		const next = updateSource(small, 'a', { ...small.sources[0], id: 'c' });
		expect(next.relations[0].evidence).toEqual([
			{ source: 'c', note: 'One' },
			{ source: 'b', note: 'Two' },
			{ source: 'c', note: 'Three' }
		]);
		expect(next.relations[1].evidence).toEqual([{ source: 'c', note: 'Four' }]);
		expect(valid(next)).toBe(true);
	});
});
