import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from './join-wrapped-lines';

describe('joinWrappedLines', () => {
	it('joins an e-mail wrapped at 72 characters back into its paragraphs', () => {
		const wrapped = [
			'On Sunday, leaders from North Korea and China commemorated the 75th',
			'anniversary of their diplomatic relations. In this exchange, North Korean',
			'leader Kim Jong Un expressed a commitment to strengthen the partnership,',
			'while Chinese President Xi Jinping reciprocated.',
			'',
			'China serves as North Korea’s primary trading partner and major source of',
			'aid, which has raised concerns regarding China’s compliance with United',
			'Nations sanctions against North Korea.'
		].join('\n');
		expect(joinWrappedLines(wrapped).split('\n')).toEqual([
			'On Sunday, leaders from North Korea and China commemorated the 75th anniversary of their diplomatic relations. In this exchange, North Korean leader Kim Jong Un expressed a commitment to strengthen the partnership, while Chinese President Xi Jinping reciprocated.',
			'',
			'China serves as North Korea’s primary trading partner and major source of aid, which has raised concerns regarding China’s compliance with United Nations sanctions against North Korea.'
		]);
	});

	it('joins a word split by a hyphen at a line’s end, and drops the hyphen', () => {
		expect(joinWrappedLines('a bilateral defense agree-\nment signed in June')).toBe(
			'a bilateral defense agreement signed in June'
		);
	});

	it('joins a sentence that goes on in lower case on the next line', () => {
		expect(joinWrappedLines('North Korea has supplied military\nequipment to Russia.')).toBe(
			'North Korea has supplied military equipment to Russia.'
		);
	});

	it('keeps a text of one paragraph a line as it is', () => {
		const text =
			'North Korea and China commemorated 75 years.\nOn Sunday, leaders exchanged messages.';
		expect(joinWrappedLines(text)).toBe(text);
	});

	it('keeps headings and list items on their own lines', () => {
		const text = [
			'Background',
			'The relationship dates back to 1949, when they established formal diplomatic ties.',
			'- China is the main trading partner',
			'- Russia signed a defense pact'
		].join('\n');
		expect(joinWrappedLines(text)).toBe(text);
	});
});
