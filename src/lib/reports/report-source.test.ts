import { describe, expect, it } from 'vitest';
import { exampleGraph, valid } from '../../../tests/fixtures/example-graph';
import { graphOf } from '../../../tests/fixtures/graph-builders';
import { addSource } from '$lib/editing/source-edits';
import { reportSource, reportSourceFields } from './report-source';

const TEXT = 'China gives aid to North Korea.\nRussia and North Korea signed a pact.';
const KSAT = {
	...reportSourceFields(),
	title: 'North Korea and China mark their 75th anniversary of ties',
	publisher: 'KSAT',
	url: 'https://www.ksat.com/',
	published: '2024-10-06'
};

describe('reportSourceFields', () => {
	it('fills in what the report’s file says, and leaves the rest for the analyst', () => {
		expect(
			reportSourceFields({ text: TEXT, title: 'A title', url: 'https://example.org/' })
		).toEqual({
			title: 'A title',
			publisher: '',
			url: 'https://example.org/',
			published: '',
			reliability: ''
		});
	});
});

describe('reportSource', () => {
	it('makes a source that keeps the report’s text word for word as its archived text', () => {
		const made = reportSource(TEXT, { ...KSAT, reliability: 'C' }, graphOf());
		expect(made).toEqual({
			known: false,
			source: {
				id: 'ksat-2024-10-06',
				title: KSAT.title,
				publisher: 'KSAT',
				url: 'https://www.ksat.com/',
				published: '2024-10-06',
				reliability: 'C',
				archivedText: TEXT
			}
		});
		if ('source' in made) expect(valid(addSource(graphOf(), made.source))).toBe(true);
	});

	it('gives the source an id no source of the graph has', () => {
		const graph = exampleGraph();
		expect(graph.sources.some((source) => source.id === 'ksat-2024-10-06')).toBe(true);
		const made = reportSource(TEXT, KSAT, graph);
		expect('source' in made && made.source.id).toBe('ksat-2024-10-06-2');
	});

	it('cites the graph’s own source again where it keeps this very text', () => {
		const graph = exampleGraph();
		const ksat = graph.sources.find((source) => source.id === 'ksat-2024-10-06')!;
		expect(reportSource(ksat.archivedText!, reportSourceFields(), graph)).toEqual({
			source: ksat,
			known: true
		});
	});

	it('asks for what a source needs, field by field: a link and a date above all', () => {
		expect(reportSource(TEXT, { ...KSAT, url: '', published: '2024-13' }, graphOf())).toEqual({
			errors: { url: 'URL is empty.', published: expect.stringMatching(/^Published: .*month 13/) }
		});
		expect(reportSource(TEXT, { ...KSAT, url: 'ftp://example.org/a' }, graphOf())).toEqual({
			errors: { url: 'URL must be an http:// or https:// link.' }
		});
	});

	it('asks for the report’s text when there is none, or when it is too long to keep', () => {
		expect(reportSource('  \n ', KSAT, graphOf())).toEqual({
			errors: { text: 'Report: paste its text or open its file.' }
		});
		const long = reportSource('a'.repeat(1_000_001), KSAT, graphOf());
		expect(long).toEqual({ errors: { text: expect.stringContaining('1,000,001 characters') } });
	});
});
