import { describe, expect, it } from 'vitest';
import { fieldId, sentence, summaryLine } from './field-errors';

describe('sentence', () => {
	it('makes the schema’s words a sentence about the field', () => {
		expect(sentence('Name', 'is empty')).toBe('Name is empty.');
		expect(sentence('URL', 'must be an http:// or https:// link')).toBe(
			'URL must be an http:// or https:// link.'
		);
		expect(sentence('Since', '"2024-13-01" is not a date: month 13 does not exist')).toBe(
			'Since: "2024-13-01" is not a date: month 13 does not exist.'
		);
	});

	it('lets the Id field say whose id it is', () => {
		expect(sentence('Id', 'actor id must be lower-case letters, digits, ".", "_" or "-"')).toBe(
			'Id must be lower-case letters, digits, ".", "_" or "-".'
		);
	});
});

describe('where errors are shown', () => {
	it('gives each field a DOM id', () => {
		expect(fieldId('relation', 'evidence[0].newSource.url')).toBe(
			'relation-field-evidence-0-newSource-url'
		);
	});

	it('says in the summary which evidence item a message is about', () => {
		expect(summaryLine('evidence[1].quote', 'Quote is empty.')).toBe(
			'Evidence item 2: Quote is empty.'
		);
		expect(summaryLine('evidence[0].newSource.url', 'URL is empty.')).toBe(
			'Evidence item 1, new source: URL is empty.'
		);
		expect(summaryLine('since', 'Since is not a date.')).toBe('Since is not a date.');
		expect(summaryLine('types[4].colour', 'Colour must be a colour like #0072B2.')).toBe(
			'Relation type 5: Colour must be a colour like #0072B2.'
		);
	});
});
