import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/stage/text-width';
import { wrapText } from './wrap-text';

describe('wrapText', () => {
	const sentence =
		'Security Council Condemns Nuclear Test by Democratic People’s Republic of Korea, Unanimously Adopting Resolution 1718 (2006)';

	it('keeps a short text on one line', () => {
		expect(wrapText('Trade', 100, 12)).toEqual(['Trade']);
	});

	it('breaks at spaces, every line within the width, no word lost', () => {
		const lines = wrapText(sentence, 240, 12);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(240);
		expect(lines.join(' ')).toBe(sentence);
	});

	it('breaks a link longer than a line after a slash', () => {
		const url = 'https://www.nasdaq.com/articles/white-house:-north-korea-recently-provided-russia';
		const lines = wrapText(url, 200, 11);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines[0].endsWith('/')).toBe(true);
		for (const line of lines) expect(textWidth(line, 11)).toBeLessThanOrEqual(200);
		expect(lines.join('')).toBe(url);
	});

	it('breaks a word with no slash wherever it must', () => {
		const lines = wrapText('x'.repeat(100), 60, 10);
		for (const line of lines) expect(textWidth(line, 10)).toBeLessThanOrEqual(60);
		expect(lines.join('')).toBe('x'.repeat(100));
	});

	it('gives no line for blank text', () => {
		expect(wrapText('  ', 100, 12)).toEqual([]);
	});
});
