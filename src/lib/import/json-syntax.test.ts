import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxProblem, placeAt } from './json-syntax';

const message = (text: string) => {
	const problem = jsonSyntaxProblem(text);
	return `${problem.place}: ${problem.message}`;
};

describe('jsonSyntaxProblem', () => {
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
		[
			'[1, [2, 3]\n',
			'line 2, column 1: the file ends before the array that opens at line 1, column 1 is closed (was it cut off?)'
		],
		['   ', 'line 1, column 4: the file is empty'],
		['', 'line 1, column 1: the file is empty']
	];

	it('says where a cut-off file ends, and what it leaves open', () => {
		for (const [text, expected] of CUT_OFF) expect(message(text), text).toBe(expected);
		expect(message('{"a": "\\u00')).toContain('the file ends inside the text');
	});

	/** Broken JSON, and its first problem: what was expected where, and what was found. */
	const UNEXPECTED: [string, string][] = [
		['{"a": 1 "b": 2}', `line 1, column 9: expected "," or "}" after a field's value, found """`],
		['[1,\n 2\n 3]', 'line 3, column 2: expected "," or "]" after an array item, found "3"'],
		['{"a": [1 }', 'line 1, column 10: expected "," or "]" after an array item, found "}"'],
		["{'a': 1}", 'line 1, column 2: expected a field name in double quotes, found "\'"'],
		['{,}', 'line 1, column 2: expected a field name in double quotes, found ","'],
		['{"a": undefined}', 'line 1, column 7: expected a value, found "undefined"'],
		['[,1]', 'line 1, column 2: expected a value, found ","'],
		[
			'{"a": \'x\'}',
			`line 1, column 7: expected a value, found "'" (JSON puts texts in double quotes)`
		],
		['{"a" 1}', 'line 1, column 6: expected ":" after the field name "a", found "1"'],
		['{} x', 'line 1, column 4: "x" after the end of the JSON'],
		['{"a":1}}', 'line 1, column 8: "}" after the end of the JSON'],
		['[01]', 'line 1, column 2: "01" is not a number JSON can read'],
		['[-]', 'line 1, column 2: "-" is not a number JSON can read'],
		['[1.]', 'line 1, column 2: "1." is not a number JSON can read'],
		['[.5]', 'line 1, column 2: ".5" is not a number JSON can read'],
		['[\u0000]', 'line 1, column 2: expected a value, found U+0000'],
		['[1,]', 'line 1, column 4: a "," before "]": JSON allows no comma after the last item'],
		['{"a":1,}', 'line 1, column 8: a "," before "}": JSON allows no comma after the last field'],
		[
			'["a\tb"]',
			'line 1, column 4: a line break or control character inside a text (JSON writes it as "\\n")'
		],
		[
			'["a\nb"]',
			'line 1, column 4: a line break or control character inside a text (JSON writes it as "\\n")'
		],
		[
			'["ok", "\\x"]',
			'line 1, column 9: "\\x" is not an escape JSON knows (write a backslash as "\\\\")'
		],
		['["\\u12G4"]', 'line 1, column 3: a "\\u" escape needs four hexadecimal digits'],
		['[1 /* note */]', 'line 1, column 4: a comment: JSON allows none']
	];

	it('names what it expected and what it found, with line and column', () => {
		for (const [text, expected] of UNEXPECTED) expect(message(text), text).toBe(expected);
	});

	it('still refuses a broken file nested deeper than the reader can follow', () => {
		const problem = jsonSyntaxProblem('['.repeat(200_000));
		expect(problem.message).toBe(
			'is not JSON, and nests too deeply to say where it goes wrong (Unexpected end of JSON input)'
		);
	});
});

describe('jsonSyntaxProblem, on whatever JSON.parse refuses', () => {
	/** JSON texts, most of them broken: made from pieces JSON is made of. */
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

	it('quotes a word JSON has no place for as the text writes it, even “NaN”', () => {
		expect(jsonSyntaxProblem('NaN')).toMatchObject({
			place: 'line 1, column 1',
			message: 'expected a value, found "NaN"'
		});
	});

	it('always places the problem by line and column', () => {
		fc.assert(
			fc.property(fc.oneof(jsonish, fc.string({ maxLength: 20 })), (text) => {
				try {
					JSON.parse(text);
					return;
				} catch {
					const problem = jsonSyntaxProblem(text);
					expect(problem.place, `${text} → ${problem.message}`).toMatch(/^line \d+, column \d+$/);
					// A value leaked into the words, not one the text itself holds and the message quotes
					// ("expected a value, found "NaN"" for the text NaN).
					const unquoted = problem.message.replace(/"([^"]*)"/g, (quote, inner: string) =>
						text.includes(inner) ? '""' : quote
					);
					expect(unquoted).not.toMatch(/undefined|NaN/);
				}
			}),
			{ numRuns: 2000 }
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
