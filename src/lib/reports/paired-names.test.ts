import { describe, expect, it } from 'vitest';
import { actorNames } from './actor-names';
import { splitPairedNames } from './paired-names';
import { tokenize } from './tokens';

const words = (text: string) =>
	splitPairedNames(tokenize(text), actorNames()).map((token) => token.text);

describe('splitPairedNames', () => {
	it('splits two names joined by a hyphen or a dash, each word keeping its place', () => {
		expect(words('the US-Japan alliance')).toEqual(['the', 'US', '-', 'Japan', 'alliance']);
		const text = 'China–Russia trade';
		const tokens = splitPairedNames(tokenize(text), actorNames());
		expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
			'China',
			'–',
			'Russia',
			'trade'
		]);
	});

	it('leaves a name that has a hyphen, demonyms, other words and names of things whole', () => {
		expect(words('Guinea-Bissau signed')).toEqual(['Guinea-Bissau', 'signed']);
		expect(words('an Iraqi-British businessman')).toEqual(['an', 'Iraqi-British', 'businessman']);
		expect(words('the Indo-Pacific strategy')).toEqual(['the', 'Indo-Pacific', 'strategy']);
		expect(words('the China-Pakistan Economic Corridor')).toEqual([
			'the',
			'China-Pakistan',
			'Economic',
			'Corridor'
		]);
	});
});
