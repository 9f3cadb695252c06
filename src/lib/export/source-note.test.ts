import { describe, expect, it } from 'vitest';
import { numberRanges, sourceNote } from './source-note';

describe('sourceNote', () => {
	it('writes runs as ranges and gaps as commas', () => {
		expect(sourceNote([1, 2, 3, 5])).toBe('Sources 1–3, 5, see handout');
		expect(sourceNote([1, 2, 3, 4, 5])).toBe('Sources 1–5, see handout');
	});

	it('says "Source" for one, and nothing for none', () => {
		expect(sourceNote([4])).toBe('Source 4, see handout');
		expect(sourceNote([])).toBe('');
	});

	it('orders the numbers and counts each once', () => {
		expect(sourceNote([9, 2, 1, 2, 10, 11])).toBe('Sources 1, 2, 9–11, see handout');
	});
});

describe('numberRanges', () => {
	it('keeps a pair as a pair', () => {
		expect(numberRanges([1, 2, 4, 5, 6, 8])).toBe('1, 2, 4–6, 8');
	});
});
