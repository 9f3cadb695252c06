import { describe, expect, it } from 'vitest';
import { firstGives, likeliestType } from './pair-model';
import { trainPairModel, type PairExample } from './train-pair-model';

/** Pairs as an annotator read them: "sold" ties by trade, "granted" by aid, "from" after it turns the giver round. */
const examples: PairExample[] = [];
for (let i = 0; i < 20; i++) {
	examples.push(
		{ features: ['between:sold', `word:w${i % 4}`], type: 'trade' },
		{ features: ['between:granted', `word:w${i % 5}`], type: 'aid', firstGives: true },
		{ features: ['between:granted', 'before-second:from'], type: 'aid', firstGives: false },
		{ features: ['between:met', `word:w${i % 3}`], type: 'none' },
		{ features: ['between:visited'], type: 'none' }
	);
}
examples.push({ features: ['between:sold', 'word:once'], type: 'none' });
const training = { types: ['none', 'trade', 'aid'], directed: ['aid'], threshold: 0.5 };

describe('trainPairModel', () => {
	it('learns which words tie a pair by which type, and which way aid goes', () => {
		const model = trainPairModel(examples, training);
		expect(likeliestType(model, ['between:sold'])?.type).toBe('trade');
		expect(likeliestType(model, ['between:granted'])?.type).toBe('aid');
		expect(likeliestType(model, ['between:met'])).toBeUndefined();
		expect(firstGives(model, ['between:granted'], 'aid')).toBe(true);
		expect(firstGives(model, ['between:granted', 'before-second:from'], 'aid')).toBe(false);
	});

	it('gives the same model from the same examples, every time', () => {
		expect(JSON.stringify(trainPairModel(examples, training))).toBe(
			JSON.stringify(trainPairModel(examples, training))
		);
	});

	it('leaves out a feature seen once, and weights too small to change a decision', () => {
		const model = trainPairModel(examples, training);
		expect(model.weights['word:once']).toBeUndefined();
		expect(model.weights['between:sold']).toBeDefined();
		for (const weights of Object.values(model.weights)) {
			expect(weights.some((weight) => Math.abs(weight) >= 0.05)).toBe(true);
		}
		expect(model.threshold).toBe(0.5);
	});
});
