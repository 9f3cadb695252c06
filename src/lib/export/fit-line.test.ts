import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/stage/text-width';
import { fitLine, fitLines } from './fit-line';

describe('fitLines', () => {
	it('keeps words that fit as they are', () => {
		expect(fitLines('Russia and North Korea', 400, 20, 'bold', 2)).toEqual([
			'Russia and North Korea'
		]);
	});

	it('wraps onto the lines allowed, then shortens the last with an ellipsis', () => {
		const words = 'one two three four five six seven eight nine ten eleven twelve';
		const lines = fitLines(words, 120, 20, 'normal', 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(120);
	});
});

describe('fitLine', () => {
	it('shortens a line too long for the width', () => {
		const line = fitLine('OFFICIAL-SENSITIVE — for the minister’s office only', 200, 22, 'bold');
		expect(line.endsWith('…')).toBe(true);
		expect(textWidth(line, 22, 'bold')).toBeLessThanOrEqual(200);
	});
});
