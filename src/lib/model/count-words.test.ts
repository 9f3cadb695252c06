import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counted, grouped } from './count-words';

describe('counted', () => {
	it('says one thing in the singular and any other count in the plural', () => {
		expect(counted(1, 'actor')).toBe('1 actor');
		expect(counted(0, 'relation')).toBe('0 relations');
		expect(counted(7, 'relation')).toBe('7 relations');
	});

	it('takes an irregular plural, and groups thousands', () => {
		expect(counted(2, 'evidence item')).toBe('2 evidence items');
		expect(counted(1200, 'is', 'are')).toBe('1,200 are');
	});
});

describe('grouped', () => {
	it('groups thousands with commas', () => {
		expect(grouped(0)).toBe('0');
		expect(grouped(999)).toBe('999');
		expect(grouped(1000)).toBe('1,000');
		expect(grouped(20000)).toBe('20,000');
		expect(grouped(1234567)).toBe('1,234,567');
		expect(grouped(-45000)).toBe('-45,000');
	});

	it('writes every whole number as English number formatting does', () => {
		fc.assert(
			fc.property(fc.maxSafeInteger(), (n) => {
				expect(grouped(n)).toBe(n.toLocaleString('en'));
			})
		);
	});

	it('leaves a fraction to number formatting', () => {
		expect(grouped(1234.5)).toBe('1,234.5');
	});
});
