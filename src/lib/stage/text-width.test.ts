import { describe, expect, it } from 'vitest';
import { textWidth } from './text-width';

describe('textWidth', () => {
	it('adds up the advance widths of DejaVu Sans', () => {
		// "Trade" in DejaVu Sans Book: T 611 + r 411 + a 613 + d 635 + e 615 = 2885 thousandths.
		expect(textWidth('Trade', 10)).toBeCloseTo(28.85);
		expect(textWidth('', 14)).toBe(0);
	});

	it('measures bold text wider', () => {
		expect(textWidth('North Korea', 13.5, 'bold')).toBeGreaterThan(textWidth('North Korea', 13.5));
	});

	it('scales with the font size', () => {
		expect(textWidth('UN Security Council', 28)).toBeCloseTo(
			2 * textWidth('UN Security Council', 14)
		);
	});

	it('gives curly quotes, dashes and other scripts a width, ideographs a whole em', () => {
		expect(textWidth('’–×', 10)).toBeCloseTo(0.318 * 10 + 0.5 * 10 + 0.838 * 10);
		expect(textWidth('中国', 10)).toBe(20);
		expect(textWidth('Россия', 10)).toBeGreaterThan(30);
	});
});
