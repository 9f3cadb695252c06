import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_TEXT_LENGTH } from './import-limits';
import { placeAt, scanJson } from './json-scan';

const messages = (text: string) => scanJson(text).map((p) => `${p.place}: ${p.message}`);

describe('scanJson', () => {
	it('finds nothing wrong with valid JSON of every kind', () => {
		for (const text of [
			'{}',
			'[]',
			' {"a": [1, -2.5e3, 0, true, false, null, "x\\n\\u00e9\\"\\\\"], "b": {}} ',
			'"text"',
			'0',
			'{"":""}'
		]) {
			expect(scanJson(text), text).toEqual([]);
			expect(() => JSON.parse(text)).not.toThrow();
		}
	});

	/** A file cut off part way, and what it says of where the file ends. */
	const CUT_OFF: [string, string][] = [
		[
			'{\n  "title": "Ties",\n  "actors": [\n    {"id": "a"',
			'line 4, column 15: the file ends before the object that opens at line 4, column 5 is closed (was it cut off?)'
		],
		[
			'{"title": "Ti',
			'line 1, column 14: the file ends inside the text that starts at line 1, column 11 (was it cut off?)'
		],
		[
			'{"a": ',
			'line 1, column 7: the file ends before the object that opens at line 1, column 1 is closed (was it cut off?)'
		],
		['   ', 'line 1, column 4: the file is empty']
	];

	it('says where a cut-off file ends, and what it leaves open', () => {
		for (const [text, message] of CUT_OFF) expect(messages(text), text).toEqual([message]);
		expect(messages('{"a": "\\u00')).toHaveLength(1);
	});

	/** Broken JSON, and the one problem it has: what was expected where, and what was found. */
	const UNEXPECTED: [string, string][] = [
		['{"a": 1 "b": 2}', `line 1, column 9: expected "," or "}" after a field's value, found """`],
		['[1,\n 2\n 3]', 'line 3, column 2: expected "," or "]" after an array item, found "3"'],
		["{'a': 1}", 'line 1, column 2: expected a field name in double quotes, found "\'"'],
		['{"a": undefined}', 'line 1, column 7: expected a value, found "undefined"'],
		[
			'{"a": \'x\'}',
			`line 1, column 7: expected a value, found "'" (JSON puts texts in double quotes)`
		],
		['{"a" 1}', 'line 1, column 6: expected ":" after the field name "a", found "1"'],
		['{} x', 'line 1, column 4: "x" after the end of the JSON'],
		['[01]', 'line 1, column 2: "01" is not a number JSON can read'],
		['[-]', 'line 1, column 2: "-" is not a number JSON can read'],
		['[\u0000]', 'line 1, column 2: expected a value, found U+0000']
	];

	it('names what it expected and what it found, with line and column', () => {
		for (const [text, message] of UNEXPECTED) expect(messages(text), text).toEqual([message]);
		expect(messages('[1,]')[0]).toContain('JSON allows no comma after the last item');
		expect(messages('{"a":1,}')[0]).toContain('JSON allows no comma after the last field');
		expect(messages('["a\tb"]')[0]).toContain('control character inside a text');
		expect(messages('["\\x"]')[0]).toContain('"\\x" is not an escape JSON knows');
		expect(messages('["\\u12G4"]')[0]).toContain('four hexadecimal digits');
	});

	it(`refuses nesting deeper than ${MAX_DEPTH} levels without a stack overflow`, () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		expect(messages(deep)).toEqual([
			`line 1, column ${MAX_DEPTH + 1}: the JSON is nested more than ${MAX_DEPTH} levels deep; a graph file needs no more than 6`
		]);
		const objects = '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000);
		expect(scanJson(objects)[0].message).toContain('nested more than');
		expect(scanJson('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH))).toEqual([]);
	});

	it('refuses a text over the limit by its path, and goes on to find the others', () => {
		const long = 'x'.repeat(MAX_TEXT_LENGTH + 1);
		const text = JSON.stringify({ title: long, actors: [{ id: 'a', name: long }] });
		expect(messages(text)).toEqual([
			'title: a text of 1,000,001 characters is too long to open (at most 1,000,000)',
			'actors[0].name: a text of 1,000,001 characters is too long to open (at most 1,000,000)'
		]);
		expect(scanJson(JSON.stringify({ [long]: 1 }))[0]).toEqual({
			origin: '',
			place: 'line 1, column 2',
			message: 'a field name of 1,000,001 characters is too long to open (at most 1,000,000)'
		});
	});

	it('counts an escape as the one character it stands for', () => {
		const escaped = `["${'\\n'.repeat(MAX_TEXT_LENGTH)}"]`;
		expect(scanJson(escaped)).toEqual([]);
	});

	it('leaves the archived text of a source to the schema', () => {
		const text = JSON.stringify({ sources: [{ archivedText: 'x'.repeat(MAX_TEXT_LENGTH + 5) }] });
		expect(scanJson(text)).toEqual([]);
	});

	it('keeps going over an escaped field name', () => {
		const text = JSON.stringify({ 'a"b': 'x'.repeat(MAX_TEXT_LENGTH + 1) });
		expect(scanJson(text)[0].place).toBe('a"b');
	});
});

describe('scanJson, against JSON.parse', () => {
	/** JSON texts, some broken: made from pieces JSON is made of. */
	const jsonish = fc
		.array(
			fc.oneof(
				fc.constantFrom(
					'{',
					'}',
					'[',
					']',
					',',
					':',
					'"',
					'\\',
					' ',
					'\n',
					'-',
					'.',
					'e',
					'0',
					'1'
				),
				fc.constantFrom('true', 'null', 'false', '"a"', '"\\u00e9"', '"\\n"', '1.5e3', '-0', 'tru'),
				fc.json({ maxDepth: 2 })
			),
			{ maxLength: 25 }
		)
		.map((pieces) => pieces.join(''));

	it('finds a problem exactly when JSON.parse would throw', () => {
		fc.assert(
			fc.property(fc.oneof(jsonish, fc.json(), fc.string({ maxLength: 20 })), (text) => {
				let parses = true;
				try {
					JSON.parse(text);
				} catch {
					parses = false;
				}
				expect(scanJson(text).length === 0, text).toBe(parses);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('placeAt', () => {
	it('counts lines and columns from 1', () => {
		expect(placeAt('ab\ncd', 0)).toBe('line 1, column 1');
		expect(placeAt('ab\ncd', 4)).toBe('line 2, column 2');
		expect(placeAt('ab\r\ncd', 4)).toBe('line 2, column 1');
	});
});
