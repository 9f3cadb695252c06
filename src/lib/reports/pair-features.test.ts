import { describe, expect, it } from 'vitest';
import { extractRelations } from './extract-relations';
import type { ReadSentence } from './learned-pairs';
import { MOST_ACTORS, namedPairs, pairFeatures, wordStem } from './pair-features';

/** The first sentence of a text as the reader reads it. */
function readFirst(text: string): ReadSentence {
	const read: ReadSentence[] = [];
	extractRelations(text, undefined, { model: null, onSentence: (sentence) => read.push(sentence) });
	return read[0];
}

const pairsOf = (text: string) =>
	namedPairs(readFirst(text).mentions).map(({ first, second }) => `${first.key}+${second.key}`);

describe('namedPairs', () => {
	it('pairs every two actors a sentence names, each by its first mention, in text order', () => {
		expect(pairsOf('Chile and Peru signed a pact with Bolivia; Chile later left it.')).toEqual([
			'CHL+PER',
			'CHL+BOL',
			'PER+BOL'
		]);
	});

	it('pairs none where one actor is named, or where the sentence is a list of many', () => {
		expect(pairsOf('Chile signed the pact.')).toEqual([]);
		const many = 'France, Spain, Italy, Greece, Chile, Peru, Brazil, Mexico and Canada signed it.';
		expect(new Set(readFirst(many).mentions.map((m) => m.key)).size).toBeGreaterThan(MOST_ACTORS);
		expect(pairsOf(many)).toEqual([]);
	});
});

describe('pairFeatures', () => {
	it('holds the words between the two names and around them, and the relation words and their place', () => {
		const read = readFirst('Last year Chile quietly shipped copper to Peru under a new contract.');
		const [pair] = namedPairs(read.mentions);
		const features = pairFeatures(read, pair);
		expect(features).toEqual(
			expect.arrayContaining([
				'between:quietly',
				'between:shipp',
				'between:quietly_shipp',
				'after-first:quietly',
				'before-second:to',
				'before-first:year',
				'after-second:under',
				'word:contract',
				'first-named-as:name',
				'second-is:state',
				'apart:close'
			])
		);
		expect(
			features.some((f) => /^cue:trade:between$/.test(f) || /^cue:flow:between$/.test(f))
		).toBe(true);
	});

	it('marks the relation words the rules read no one’s relation from', () => {
		const read = readFirst(
			'Washington removed Cuba from the US list of state sponsors of terrorism.'
		);
		expect(read.rules.typesUnread.has('sanctions')).toBe(true);
		expect(pairFeatures(read, namedPairs(read.mentions)[0])).toContain('unread:sanctions');
	});

	it('takes the ending off a word, so a verb’s forms and a noun’s plural count as one', () => {
		expect(['sanctions', 'sanctioned', 'sanctioning'].map(wordStem)).toEqual([
			'sanction',
			'sanction',
			'sanction'
		]);
		expect(wordStem('1,200')).toBe('#');
		expect(wordStem('aid')).toBe('aid');
	});
});
