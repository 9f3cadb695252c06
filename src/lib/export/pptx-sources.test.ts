import { describe, expect, it } from 'vitest';
import { sourceOf } from '../../../tests/fixtures/graph-builders';
import { heightOf } from './pptx-fit';
import { sourcePages } from './pptx-sources';

const box = { width: 888, height: 392 };
const sources = Array.from({ length: 40 }, (_, i) =>
	sourceOf(`s${i + 1}`, {
		publisher: 'United Nations, Meetings Coverage and Press Releases',
		title: `Security Council statement number ${i + 1} on the sanctions regime`,
		url: `https://press.un.org/en/2024/sc${15000 + i}.doc.htm`,
		published: '2024-03-28'
	})
);

describe('sourcePages', () => {
	it('numbers the sources from 1 in order, over pages that each hold what fits', () => {
		const pages = sourcePages(sources, box, 13, 6);
		expect(pages.length).toBeGreaterThan(2);
		expect(pages.flat().map((entry) => entry.number)).toEqual(sources.map((_, i) => i + 1));
		for (const page of pages) {
			const used = page.reduce((sum, entry) => sum + heightOf(entry.text) + 6, 0) - 6;
			expect(used).toBeLessThanOrEqual(box.height);
		}
	});

	it('writes publisher, title and date as a reference, and the address as a link', () => {
		const [[entry]] = sourcePages(
			[sourceOf('kcna', { publisher: 'KCNA', title: 'Treaty signed?', published: '2024-06-19' })],
			box,
			13,
			6
		);
		expect(entry.words).toBe('KCNA. Treaty signed? 19 Jun 2024.');
		expect(entry.url).toBe('https://example.org/kcna');
		expect(entry.link).toBe(true);
	});

	it('puts a short list on one slide', () => {
		expect(sourcePages(sources.slice(0, 3), box, 13, 6)).toHaveLength(1);
		expect(sourcePages([], box, 13, 6)).toEqual([]);
	});
});
