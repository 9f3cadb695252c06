import { describe, expect, it } from 'vitest';
import { evidenceFields, evidenceFromForm, quoteWarning, withEvidence } from './evidence-form';
import { sourceFields } from './source-form';
import { example } from '../../../tests/fixtures/example-graph';

const ksat = example.sources.find((s) => s.id === 'ksat-2024-10-06')!;

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
