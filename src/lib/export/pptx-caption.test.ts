import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/stage/text-width';
import { captionPages, sentencesOf } from './pptx-caption';
import { heightOf } from './pptx-fit';

const box = { width: 364, height: 300 };
const sizes = [24, 22, 20, 18, 16];
const sentence = (n: number) =>
	`Sentence ${n} says what the analyst found in the sources, with a date and a place.`;
const captionOf = (count: number) =>
	Array.from({ length: count }, (_, i) => sentence(i + 1)).join(' ');

describe('captionPages', () => {
	it('sets a short caption on one slide at the largest size', () => {
		const pages = captionPages('China and North Korea signed a treaty.', box, sizes);
		expect(pages).toHaveLength(1);
		expect(pages[0].fontSize).toBe(24);
	});

	it('shrinks a longer caption to fit one slide before running on', () => {
		const pages = captionPages(captionOf(4), box, sizes);
		expect(pages).toHaveLength(1);
		expect(pages[0].fontSize).toBeLessThan(24);
		expect(pages[0].fontSize).toBeGreaterThanOrEqual(16);
		expect(heightOf(pages[0])).toBeLessThanOrEqual(box.height);
	});

	it('runs a caption too long for one slide on to the next, between sentences, losing nothing', () => {
		const caption = captionOf(14);
		const pages = captionPages(caption, box, sizes);
		expect(pages.length).toBeGreaterThan(1);
		for (const page of pages) {
			expect(page.fontSize).toBe(16);
			expect(heightOf(page)).toBeLessThanOrEqual(box.height);
			for (const line of page.lines) expect(textWidth(line, 16)).toBeLessThanOrEqual(box.width);
			expect(page.lines.join(' ')).toMatch(/^Sentence \d+ .*\.$/);
		}
		expect(pages.map((page) => page.lines.join(' ')).join(' ')).toBe(caption);
	});

	it('breaks a single sentence longer than a slide between lines', () => {
		const words = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
		const pages = captionPages(words, box, sizes);
		expect(pages.length).toBeGreaterThan(1);
		for (const page of pages) expect(heightOf(page)).toBeLessThanOrEqual(box.height);
		expect(pages.map((page) => page.lines.join(' ')).join(' ')).toBe(words);
	});
});

describe('sentencesOf', () => {
	it('ends sentences at their stops and closing quotes, not inside numbers', () => {
		expect(
			sentencesOf('KOTRA put it at 98.3% in 2023. KSAT calls it “close.” Is it? Yes!')
		).toEqual(['KOTRA put it at 98.3% in 2023.', 'KSAT calls it “close.”', 'Is it?', 'Yes!']);
	});
});
