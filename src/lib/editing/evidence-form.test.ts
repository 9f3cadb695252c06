import { describe, expect, it } from 'vitest';
import {
	evidenceFields,
	evidenceFromForm,
	QUOTE_REFUSED,
	quoteAsNote,
	quoteWarning,
	withEvidence
} from './evidence-form';
import { sourceFields } from './source-form';
import { example } from '../../../tests/fixtures/example-graph';

const ksat = example.sources.find((s) => s.id === 'ksat-2024-10-06')!;
const xinhua = example.sources.find((s) => s.id === 'xinhua-2024-10-06')!;
/** Words the KSAT article does not have: a paraphrase of it. */
const PARAPHRASE = 'China is North Korea’s biggest trading partner';

describe('evidenceFromForm', () => {
	it('makes an item citing a source of the graph', () => {
		const fields = {
			...evidenceFields(),
			source: ksat.id,
			note: ' Trade grew. ',
			credibility: '3'
		};
		expect(evidenceFromForm(fields, example)).toEqual({
			evidence: { source: ksat.id, note: 'Trade grew.', credibility: 3 },
			newSource: undefined
		});
	});

	it('needs a source and a quote or a note', () => {
		expect(evidenceFromForm(evidenceFields(), example, 'evidence[0].')).toEqual({
			errors: {
				'evidence[0].source': 'Source: pick one from the list, or add a new source.',
				'evidence[0].quote': 'Each evidence item needs a verbatim quote or a note.'
			}
		});
	});

	it('makes the new source typed in its place, or says what is wrong with it', () => {
		const newSource = {
			...sourceFields(),
			title: 'Trade data',
			publisher: 'KOTRA',
			url: 'https://example.org/',
			published: '2025'
		};
		const made = evidenceFromForm({ ...evidenceFields(), newSource, quote: 'Up 3%.' }, example);
		expect(made).toEqual({
			evidence: { source: 'kotra-2025', quote: 'Up 3%.' },
			newSource: {
				id: 'kotra-2025',
				title: 'Trade data',
				publisher: 'KOTRA',
				url: 'https://example.org/',
				published: '2025'
			}
		});
		const broken = evidenceFromForm(
			{ ...evidenceFields(), newSource: { ...newSource, url: 'ftp://x' }, quote: 'Up.' },
			example,
			'evidence[1].'
		);
		expect(broken).toEqual({
			errors: { 'evidence[1].newSource.url': 'URL must be an http:// or https:// link.' }
		});
	});
});

describe('evidenceFromForm and the source’s archived text', () => {
	it('keeps a quote found word for word in the archived text', () => {
		const quote = 'China serves as North Korea’s primary trading partner';
		const made = evidenceFromForm({ ...evidenceFields(), source: ksat.id, quote }, example);
		expect(made).toEqual({ evidence: { source: ksat.id, quote }, newSource: undefined });
	});

	it('refuses as a quote words the archived text does not hold, next to the quote', () => {
		const fields = { ...evidenceFields(), source: ksat.id, quote: PARAPHRASE, note: 'Loosely.' };
		expect(evidenceFromForm(fields, example, 'evidence[2].')).toEqual({
			errors: { 'evidence[2].quote': QUOTE_REFUSED }
		});
		// The same words as a note are saved.
		const moved = evidenceFromForm({ ...fields, ...quoteAsNote(fields) }, example);
		expect(moved).toEqual({
			evidence: { source: ksat.id, note: `Loosely. ${PARAPHRASE}` },
			newSource: undefined
		});
	});

	it('checks against the archived text of a new source typed in place', () => {
		const newSource = {
			...sourceFields(),
			title: 'Trade data',
			publisher: 'KOTRA',
			url: 'https://example.org/',
			published: '2025',
			archivedText: 'Trade rose by 3% in 2024.'
		};
		const fields = { ...evidenceFields(), newSource, quote: 'Trade rose by 5%' };
		expect(evidenceFromForm(fields, example)).toEqual({ errors: { quote: QUOTE_REFUSED } });
		expect(evidenceFromForm({ ...fields, quote: 'Trade rose by 3%' }, example)).toMatchObject({
			evidence: { source: 'kotra-2025', quote: 'Trade rose by 3%' }
		});
	});

	it('saves a quote of a source whose text is not archived: it stands unchecked', () => {
		const fields = { ...evidenceFields(), source: xinhua.id, quote: PARAPHRASE };
		expect(xinhua.archivedText).toBeUndefined();
		expect(evidenceFromForm(fields, example)).toEqual({
			evidence: { source: xinhua.id, quote: PARAPHRASE },
			newSource: undefined
		});
	});
});

describe('quoteAsNote', () => {
	it('moves the quote into the note, after what the note says, and empties the quote', () => {
		expect(quoteAsNote({ quote: ' Trade grew. ', note: '' })).toEqual({
			quote: '',
			note: 'Trade grew.'
		});
		expect(quoteAsNote({ quote: 'Trade grew.', note: 'Per KOTRA.' })).toEqual({
			quote: '',
			note: 'Per KOTRA. Trade grew.'
		});
	});
});

describe('quoteWarning', () => {
	it('warns when a quote is not word for word in the archived text', () => {
		const text = ksat.archivedText!;
		expect(quoteWarning('China serves as North Korea’s primary trading partner', text)).toBe(
			undefined
		);
		// Straight instead of curly apostrophe: not verbatim.
		expect(quoteWarning("China serves as North Korea's primary trading partner", text)).toMatch(
			/Not found word for word/
		);
		expect(quoteWarning('anything', undefined)).toBeUndefined();
	});
});

describe('withEvidence', () => {
	it('replaces an item, or adds one at the end', () => {
		const a = { source: 's', note: 'a' };
		const b = { source: 's', note: 'b' };
		expect(withEvidence([a], b, 0)).toEqual([b]);
		expect(withEvidence([a], b)).toEqual([a, b]);
	});
});
