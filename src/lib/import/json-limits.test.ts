import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_TEXT_LENGTH } from './import-limits';
import { limitProblems } from './json-limits';

const messages = (value: unknown) => limitProblems(value).map((p) => `${p.place}: ${p.message}`);

describe('limitProblems', () => {
	it('finds nothing too much in a graph-sized value', () => {
		expect(limitProblems({ a: [1, 'x', null, { b: true }], c: {} })).toEqual([]);
		expect(limitProblems('text')).toEqual([]);
	});

	it(`refuses nesting deeper than ${MAX_DEPTH} levels without a stack overflow`, () => {
		const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
		const [problem] = limitProblems(deep);
		expect(problem.message).toBe(
			`the JSON is nested more than ${MAX_DEPTH} levels deep; a graph file needs no more than 6`
		);
		expect(problem.place).toBe('[0][0][0][0]…');
		expect(limitProblems(JSON.parse('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)))).toEqual([]);
		const objects = JSON.parse('{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000)) as unknown;
		expect(limitProblems(objects)[0].message).toContain('nested more than');
	});

	it('refuses every text and field name over the limit, each by its path', () => {
		const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
		expect(messages({ title: long, actors: [{ id: 'a', name: long }] })).toEqual([
			'title: a text of 1,000,001 characters is too long to open (at most 1,000,000)',
			'actors[0].name: a text of 1,000,001 characters is too long to open (at most 1,000,000)'
		]);
		expect(messages({ actors: [{ [long]: 1 }] })).toEqual([
			'actors[0]: a field name of 1,000,001 characters is too long to open (at most 1,000,000)'
		]);
		expect(limitProblems({ 'a"b': long })[0].place).toBe('a"b');
		expect(messages({ actors: [{ aliases: ['a', long] }] })).toEqual([
			'actors[0].aliases[1]: a text of 1,000,001 characters is too long to open (at most 1,000,000)'
		]);
		expect(messages(long)).toEqual([
			': a text of 1,000,001 characters is too long to open (at most 1,000,000)'
		]);
	});

	it('leaves the archived text of a source to the schema', () => {
		const value = { sources: [{ archivedText: 'x'.repeat(MAX_TEXT_LENGTH + 5) }] };
		expect(limitProblems(value)).toEqual([]);
	});
});
