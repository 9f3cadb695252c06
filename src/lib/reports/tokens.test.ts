import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens';

const words = (text: string) => tokenize(text).map((token) => token.text);

describe('tokenize', () => {
	it('keeps abbreviations, hyphenated and apostrophed names whole', () => {
		expect(words('The U.S. and the Secretary-General visited Côte d’Ivoire.')).toEqual([
			'The',
			'U.S.',
			'and',
			'the',
			'Secretary-General',
			'visited',
			'Côte',
			'd’Ivoire',
			'.'
		]);
	});

	it('splits a possessive from its name, and a full stop from a sentence’s last word', () => {
		expect(words('China’s aid to Russia.')).toEqual(['China', '’s', 'aid', 'to', 'Russia', '.']);
	});

	it('splits the state a thing is made in from "-made", keeping other hyphenated words whole', () => {
		expect(words('Turkish-made drones, Russian-built jets and ready-made garments')).toEqual([
			'Turkish',
			'-made',
			'drones',
			',',
			'Russian',
			'-built',
			'jets',
			'and',
			'ready-made',
			'garments'
		]);
	});

	it('gives each token its place in the text', () => {
		const text = 'Aid to Iran';
		expect(tokenize(text).map((token) => text.slice(token.start, token.end))).toEqual([
			'Aid',
			'to',
			'Iran'
		]);
	});
});
