import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
	it('ends a sentence at a full stop before a capital, and keeps closing quotes with it', () => {
		expect(texts('China sent aid. Russia said “no.” Then it ended!')).toEqual([
			'China sent aid.',
			'Russia said “no.”',
			'Then it ended!'
		]);
	});

	it('does not end a sentence at an abbreviation, an initial or a number', () => {
		expect(
			texts(
				'The U.S. and Mr. Kim met on Oct. 6 in J. Smith’s office, No. 28. Trade rose 3.5 per cent.'
			)
		).toEqual([
			'The U.S. and Mr. Kim met on Oct. 6 in J. Smith’s office, No. 28.',
			'Trade rose 3.5 per cent.'
		]);
	});

	it('does not end a sentence at a name’s run of initials', () => {
		expect(texts('Prime Minister K.P. Sharma Oli signed a deal. It held.')).toEqual([
			'Prime Minister K.P. Sharma Oli signed a deal.',
			'It held.'
		]);
	});

	it('numbers paragraphs by line, and by blank line where the text has them', () => {
		const lines = splitSentences('One. Two.\nThree.');
		expect(lines.map((s) => s.paragraph)).toEqual([1, 1, 2]);
		const blocks = 'One,\nstill one.\n\nTwo.';
		expect(splitSentences(blocks).map((s) => [blocks.slice(s.start, s.end), s.paragraph])).toEqual([
			['One,\nstill one.', 1],
			['Two.', 2]
		]);
	});

	it('gives offsets into the text itself', () => {
		const text = '  Seoul —  China gave aid.  ';
		const [sentence] = splitSentences(text);
		expect(text.slice(sentence.start, sentence.end)).toBe('Seoul —  China gave aid.');
	});
});
