import { describe, expect, it } from 'vitest';
import { parseXml } from '../../../tests/fixtures/xml-document';
import { markingBlock } from './svg-marking';

describe('markingBlock', () => {
	it('centres the marking across the width, bold', () => {
		const block = markingBlock('OFFICIAL-SENSITIVE', 800, 20);
		expect(block.height).toBeGreaterThan(20);
		const text = parseXml(block.draw(40, 10)).documentElement!;
		expect(text.textContent).toBe('OFFICIAL-SENSITIVE');
		expect(text.getAttribute('x')).toBe('440');
		expect(text.getAttribute('text-anchor')).toBe('middle');
		expect(text.getAttribute('font-weight')).toBe('700');
		expect(Number(text.getAttribute('y'))).toBeGreaterThan(10);
	});

	it('takes no room and draws nothing without a marking', () => {
		for (const marking of [undefined, '', '  ']) {
			const block = markingBlock(marking, 800, 20);
			expect(block.height).toBe(0);
			expect(block.draw(0, 0)).toBe('');
		}
	});
});
