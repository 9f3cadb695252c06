import { describe, expect, it } from 'vitest';
import { pairExamples } from './pair-examples';

const text =
	'Chile sold copper to Peru in 2023. Peru and Bolivia met in Lima. Bolivia received a loan from Chile. Chile denied sending arms to Bolivia.';
const annotation = {
	relations: [
		{
			source: 'CHL',
			target: 'PER',
			type: 'trade',
			status: 'reported',
			sentence: 'Chile sold copper'
		},
		{ source: 'CHL', target: 'BOL', type: 'aid', status: 'reported', sentence: 'received a loan' },
		{
			source: 'CHL',
			target: 'BOL',
			type: 'trade',
			status: 'denied',
			sentence: 'denied sending arms'
		}
	],
	traps: []
};

describe('pairExamples', () => {
	it('labels each pair a sentence names with the relation annotated there, or none', () => {
		const examples = pairExamples(text, annotation);
		expect(examples.map((example) => example.type)).toEqual(['trade', 'none', 'aid', 'none']);
	});

	it('says whether the first-named actor gives, for the types with a direction', () => {
		const [sold, , loan] = pairExamples(text, annotation);
		expect(sold.firstGives).toBe(true);
		// "Bolivia received a loan from Chile": Chile, named second, gave.
		expect(loan.firstGives).toBe(false);
	});

	it('learns nothing of a relation from its denial', () => {
		expect(pairExamples(text, annotation)[3]).toMatchObject({ type: 'none' });
		expect(pairExamples(text, annotation)[3].firstGives).toBeUndefined();
	});

	it('gives each example the features of its pair', () => {
		const [sold] = pairExamples(text, annotation);
		expect(sold.features).toEqual(expect.arrayContaining(['between:sold', 'word:copper']));
	});
});
