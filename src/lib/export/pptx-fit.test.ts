import { describe, expect, it } from 'vitest';
import { textWidth } from '$lib/stage/text-width';
import { fitText, heightOf, lineHeightOf, oneLine } from './pptx-fit';

describe('fitText', () => {
	const text = 'China and North Korea established diplomatic relations on 6 October 1949.';

	it('keeps the largest size at which the text fits its box', () => {
		const set = fitText(text, { width: 1400, height: 40 }, [28, 24, 20])!;
		expect(set.fontSize).toBe(28);
		expect(set.lines).toHaveLength(1);
	});

	it('shrinks a size at a time until every line fits the box', () => {
		const box = { width: 300, height: 3 * lineHeightOf(20) };
		const set = fitText(text, box, [28, 24, 20, 18])!;
		expect(set.fontSize).toBeLessThan(28);
		expect(heightOf(set)).toBeLessThanOrEqual(box.height);
		for (const line of set.lines) expect(textWidth(line, set.fontSize)).toBeLessThanOrEqual(300);
		expect(set.lines.join(' ')).toBe(text);
	});

	it('says when the text does not fit even at the smallest size', () => {
		expect(fitText(text, { width: 100, height: 20 }, [12, 10])).toBeUndefined();
	});
});

describe('oneLine', () => {
	it('leaves a short text whole', () => {
		expect(oneLine('DPRK · As of 6 Oct 2024', 400, 11).lines).toEqual(['DPRK · As of 6 Oct 2024']);
	});

	it('cuts a long text at a word, with an ellipsis, to one line', () => {
		const long = 'A very long graph title that goes on and on about many actors and their ties';
		const [line, ...more] = oneLine(long, 200, 11).lines;
		expect(more).toEqual([]);
		expect(line.endsWith('…')).toBe(true);
		expect(long.startsWith(line.slice(0, -1))).toBe(true);
		expect(textWidth(line, 11)).toBeLessThanOrEqual(200);
	});
});
