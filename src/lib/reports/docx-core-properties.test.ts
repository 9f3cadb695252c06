import { describe, expect, it } from 'vitest';
import { docxCoreProperties } from './docx-core-properties';

const core = (properties: string) =>
	`<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z">${properties}</cp:coreProperties>`;

describe('docxCoreProperties', () => {
	it('reads the title and the day the document was made', () => {
		expect(
			docxCoreProperties(
				core(
					'<dc:title>Kim &amp; Xi:\n 75 years &#8212; and after</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2024-10-06T09:00:00Z</dcterms:created>'
				)
			)
		).toEqual({ title: 'Kim & Xi: 75 years — and after', created: '2024-10-06' });
	});

	it('says nothing of empty or missing properties', () => {
		expect(
			docxCoreProperties(core('<dc:title></dc:title><dc:creator>Analyst</dc:creator>'))
		).toEqual({});
		expect(docxCoreProperties(core('<dc:title/>'))).toEqual({});
	});
});
