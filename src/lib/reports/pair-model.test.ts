import { describe, expect, it } from 'vitest';
import { firstGives, likeliestType, typeProbabilities, type PairModel } from './pair-model';

const model: PairModel = {
	types: ['none', 'trade', 'aid'],
	weights: { bias: [1, 0, 0], 'between:sold': [0, 3, 0], 'between:grant': [0, 0, 2] },
	direction: { bias: 0.5, 'before-second:from': -2 },
	threshold: 0.6
};

describe('the pair model', () => {
	it('gives each type a probability from the weights of the features a pair has', () => {
		const none = typeProbabilities(model, []);
		expect(none.reduce((a, b) => a + b)).toBeCloseTo(1);
		expect(none[0]).toBeGreaterThan(none[1]);
		const sold = typeProbabilities(model, ['between:sold', 'an unknown feature']);
		expect(sold[1]).toBeCloseTo(Math.exp(3) / (Math.exp(1) + Math.exp(3) + 1));
	});

	it('proposes the likeliest type only where it is likely enough', () => {
		expect(likeliestType(model, ['between:sold'])).toEqual({
			type: 'trade',
			probability: expect.closeTo(0.84, 2)
		});
		// Aid: e² / (e + 1 + e²) ≈ 0.67. With both words, trade outweighs aid: e³ / (e + e³ + e²) ≈ 0.67.
		expect(likeliestType(model, ['between:grant'])?.type).toBe('aid');
		expect(likeliestType(model, ['between:grant', 'between:sold'])).toEqual({
			type: 'trade',
			probability: expect.closeTo(0.7, 1)
		});
		expect(likeliestType(model, [])).toBeUndefined();
	});

	it('reads the first-named actor as the giver unless the features say otherwise', () => {
		expect(firstGives(model, ['between:grant'], 'aid')).toBe(true);
		expect(firstGives(model, ['between:grant', 'before-second:from'], 'aid')).toBe(false);
		// The sentence's every word is not the pair's own: it says nothing of the direction.
		expect(firstGives({ ...model, direction: { 'word:from': -5 } }, ['word:from'], 'aid')).toBe(
			true
		);
	});
});
