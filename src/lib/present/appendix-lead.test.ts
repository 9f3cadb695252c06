import { describe, expect, it } from 'vitest';
import { indexGraph } from '$lib/model/graph-index';
import type { Evidence } from '$lib/model/schema';
import { appendixLead } from './appendix-lead';
import { appendixRows } from './appendix-rows';
import { briefingSources } from './briefing-sources';
import { graphOf, relationOf, sourceOf } from '../../../tests/fixtures/graph-builders';

/** The lead of an appendix whose one relation has these evidence items. */
function leadOf(...evidence: Evidence[]): string {
	const graph = graphOf({
		sources: [sourceOf('archived', { archivedText: 'Trade fell by a third.' }), sourceOf('bare')],
		relations: [relationOf('r', { evidence })]
	});
	const index = indexGraph(graph);
	return appendixLead(
		appendixRows(graph.relations, index, briefingSources(graph, index.sources, []), '2024-10-06')
	);
}

const FOUND: Evidence = { source: 'archived', quote: 'fell by a third' };
const UNCHECKED: Evidence = { source: 'bare', quote: 'Trade fell.' };
const NOT_FOUND: Evidence = { source: 'archived', quote: 'Trade halved.' };
const NOTE: Evidence = { source: 'bare', note: 'Trade fell.' };

describe('appendixLead', () => {
	it('calls the quotes verbatim when every one was found in its source’s archived text', () => {
		expect(leadOf(FOUND, NOTE)).toBe(
			'Quotes are verbatim: each was found word for word in its source’s archived text. Notes are the analyst’s paraphrase.'
		);
	});

	it('does not call a quote verbatim that no one checked, and says what its mark means', () => {
		const lead = leadOf(FOUND, UNCHECKED);
		expect(lead).not.toContain('Quotes are verbatim');
		expect(lead).toBe(
			'Quotes without a mark were found word for word in their source’s archived text; a quote marked “Not checked against the source” is as the analyst copied it, unchecked, as no text of its source is archived. Notes are the analyst’s paraphrase.'
		);
	});

	it('explains each mark that appears, and only those', () => {
		expect(leadOf(UNCHECKED)).toMatch(/^A quote marked “Not checked against the source”/);
		expect(leadOf(UNCHECKED)).not.toContain('without a mark');
		expect(leadOf(NOT_FOUND, FOUND)).toContain(
			'a quote marked “Not found word for word in the source’s archived text” differs from that text.'
		);
		expect(leadOf(NOT_FOUND, FOUND)).not.toContain('Not checked');
	});

	it('speaks of notes only where there is no quote', () => {
		expect(leadOf(NOTE)).toBe('Notes are the analyst’s paraphrase.');
	});
});
