import { describe, expect, it } from 'vitest';
import { sourceFields, sourceFromForm } from './source-form';
import { example } from '../../../tests/fixtures/example-graph';

const filled = {
	...sourceFields(),
	title: 'North Korea sends troops',
	publisher: 'Reuters',
	url: 'https://example.org/a',
	published: '2024-10'
};

describe('sourceFromForm', () => {
	it('makes a new source, its id from its publisher and date', () => {
		expect(sourceFromForm({ ...filled, reliability: 'B' }, example)).toEqual({
			source: {
				id: 'reuters-2024-10',
				title: 'North Korea sends troops',
				publisher: 'Reuters',
				url: 'https://example.org/a',
				published: '2024-10',
				reliability: 'B'
			}
		});
	});

	it('avoids the ids of the graph’s sources and of others made with it', () => {
		const made = sourceFromForm(filled, example, undefined, new Set(['reuters-2024-10']));
		expect('source' in made && made.source.id).toBe('reuters-2024-10-2');
	});

	it('refuses links that are not http or https, and dates that are not dates, saying so', () => {
		const result = sourceFromForm(
			{ ...filled, url: 'javascript:alert(1)', published: '2024-13-01', title: '' },
			example
		);
		expect(result).toEqual({
			errors: {
				title: 'Title is empty.',
				url: 'URL must be an http:// or https:// link.',
				published: 'Published: "2024-13-01" is not a date: month 13 does not exist.'
			}
		});
	});

	it('asks every source for a link, except one that came without any', () => {
		expect(sourceFromForm({ ...filled, url: ' ' }, example)).toEqual({
			errors: { url: 'URL is empty.' }
		});
		const linkless = {
			id: 'opened-file',
			title: 'GEXF file a.gexf',
			publisher: 'Unknown',
			published: '2026-12-01'
		};
		const graph = { ...example, sources: [...example.sources, linkless] };
		const fields = { ...sourceFields(linkless), publisher: 'Gephi' };
		expect(sourceFromForm(fields, graph, 'opened-file')).toEqual({
			source: { ...linkless, publisher: 'Gephi' }
		});
		const ksat = example.sources[0];
		expect(sourceFromForm({ ...sourceFields(ksat), url: '' }, example, ksat.id)).toEqual({
			errors: { url: 'URL is empty.' }
		});
	});

	it('keeps the archived text as it is, and leaves out an empty one', () => {
		const text = '  Line one.\n\nLine two.';
		const kept = sourceFromForm({ ...filled, archivedText: text }, example);
		expect('source' in kept && kept.source.archivedText).toBe(text);
		const empty = sourceFromForm({ ...filled, archivedText: '   ' }, example);
		expect('source' in empty && 'archivedText' in empty.source).toBe(false);
	});

	it('lets an edited source keep its id, and refuses one another source has', () => {
		const ksat = example.sources[0];
		expect(sourceFromForm(sourceFields(ksat), example, ksat.id)).toEqual({ source: ksat });
		const clash = sourceFromForm(
			{ ...sourceFields(ksat), id: example.sources[1].id },
			example,
			ksat.id
		);
		expect('errors' in clash && clash.errors.id).toMatch(/another source already has the id/);
	});
});
