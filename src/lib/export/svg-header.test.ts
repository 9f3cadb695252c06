import { describe, expect, it } from 'vitest';
import { allElements, parseXml } from '../../../tests/fixtures/xml-document';
import { headerBlock } from './svg-header';
import { textWidth } from '$lib/stage/text-width';

const TITLE = 'North Korea, China, Russia and the United Nations Security Council since 1949';
const SUBTITLE = 'As of 6 Oct 2024 · How North Korea is tied to its neighbours and the UN';

/** The header drawn at (x, y): its title lines and subtitle lines, with where they stand. */
function drawn(block: ReturnType<typeof headerBlock>, x = 40, y = 40) {
	const texts = allElements(parseXml(block.draw(x, y))).filter((e) => e.localName === 'text');
	const lines = texts.map((e) => ({
		words: e.textContent!,
		x: Number(e.getAttribute('x')),
		y: Number(e.getAttribute('y')),
		size: Number(e.getAttribute('font-size')),
		bold: e.getAttribute('font-weight') === '700'
	}));
	return { title: lines.filter((l) => l.bold), subtitle: lines.filter((l) => !l.bold) };
}

describe('headerBlock', () => {
	it('keeps a short title and subtitle on one line each, the title larger and bold', () => {
		const { title, subtitle } = drawn(headerBlock('Ties', 'As of 2024', 900));
		expect(title.map((l) => l.words)).toEqual(['Ties']);
		expect(subtitle.map((l) => l.words)).toEqual(['As of 2024']);
		expect(title[0].size).toBeGreaterThan(subtitle[0].size);
	});

	it('wraps a long title inside the width, losing no word', () => {
		const width = 320;
		const { title } = drawn(headerBlock(TITLE, SUBTITLE, width));
		expect(title.length).toBeGreaterThan(1);
		for (const line of title)
			expect(textWidth(line.words, line.size, 'bold')).toBeLessThanOrEqual(width);
		expect(title.map((l) => l.words).join(' ')).toBe(TITLE);
	});

	it('sets the subtitle below the last line of the title, wrapped too', () => {
		const width = 320;
		const { title, subtitle } = drawn(headerBlock(TITLE, SUBTITLE, width));
		expect(subtitle.length).toBeGreaterThan(1);
		expect(subtitle[0].y).toBeGreaterThan(title.at(-1)!.y);
		for (const line of subtitle)
			expect(textWidth(line.words, line.size)).toBeLessThanOrEqual(width);
		expect(subtitle.map((l) => l.words).join(' ')).toBe(SUBTITLE);
	});

	it('is as tall as its lines: taller when it wraps, and all of it drawn within its height', () => {
		const wide = headerBlock(TITLE, SUBTITLE, 1200);
		const narrow = headerBlock(TITLE, SUBTITLE, 320);
		expect(narrow.height).toBeGreaterThan(wide.height);
		const { title, subtitle } = drawn(narrow, 40, 100);
		for (const line of [...title, ...subtitle]) {
			expect(line.x).toBe(40);
			expect(line.y).toBeGreaterThan(100);
			expect(line.y).toBeLessThanOrEqual(100 + narrow.height);
		}
	});
});
