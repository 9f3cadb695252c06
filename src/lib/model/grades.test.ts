import { describe, expect, it } from 'vitest';
import { CREDIBILITY, RELIABILITY } from './grades';
import { EvidenceSchema, ReliabilitySchema } from './schema';

describe('the Admiralty code’s words', () => {
	it('name every reliability a source may be graded, A to F, each differently', () => {
		expect(Object.keys(RELIABILITY)).toEqual(ReliabilitySchema.options);
		expect(new Set(Object.values(RELIABILITY)).size).toBe(ReliabilitySchema.options.length);
		expect(RELIABILITY.A).toBe('completely reliable');
		expect(RELIABILITY.F).toBe('reliability cannot be judged');
	});

	it('name every credibility evidence may be graded, 1 to 6, and no other', () => {
		const accepted = (credibility: number) =>
			EvidenceSchema.safeParse({ source: 's', note: 'n', credibility }).success;
		const graded = [0, 1, 2, 3, 4, 5, 6, 7].filter(accepted);
		expect(Object.keys(CREDIBILITY).map(Number)).toEqual(graded);
		expect(new Set(Object.values(CREDIBILITY)).size).toBe(graded.length);
		expect(CREDIBILITY[1]).toBe('confirmed by other sources');
		expect(CREDIBILITY[6]).toBe('truth cannot be judged');
	});
});
