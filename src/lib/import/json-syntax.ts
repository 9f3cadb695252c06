import { printParseErrorCode, visit } from 'jsonc-parser';
import type { GraphProblem } from '$lib/model/graph-problem';

type Expecting = 'value' | 'field name' | 'colon' | 'next' | 'end';

interface Opened {
	kind: 'object' | 'array';
	offset: number;
}

/** Thrown to stop the reader at its first problem. */
const FIRST = Symbol('first problem');

/**
 * Where and why a text that `JSON.parse` refused is not JSON: its first
 * problem, found by jsonc-parser (the reader of VS Code's settings), told in
 * an analyst's words with its line and column: what was expected, what was
 * found, and for a file cut off, what it leaves open. The caller names its
 * origin. Never throws.
 */
export function jsonSyntaxProblem(text: string): GraphProblem {
	const opened: Opened[] = [];
	let expecting: Expecting = 'value';
	let afterComma = false;
	let field = '';
	let number: { offset: number; length: number } | undefined;
	let closed: Opened | undefined;
	const valueDone = () => {
		expecting = opened.length === 0 ? 'end' : 'next';
		afterComma = false;
	};
	const placed = (offset: number, message: string): GraphProblem => ({
		origin: '',
		place: placeAt(text, offset),
		message
	});
	let problem: GraphProblem | undefined;
	try {
		visit(
			text,
			{
				onObjectBegin(offset) {
					opened.push({ kind: 'object', offset });
					expecting = 'field name';
					afterComma = false;
				},
				onArrayBegin(offset) {
					opened.push({ kind: 'array', offset });
					expecting = 'value';
					afterComma = false;
				},
				onObjectEnd: () => void ((closed = opened.pop()), valueDone()),
				onArrayEnd: () => void ((closed = opened.pop()), valueDone()),
				onObjectProperty(property) {
					field = property;
					expecting = 'colon';
				},
				onLiteralValue(value, offset, length) {
					number = typeof value === 'number' ? { offset, length } : undefined;
					valueDone();
				},
				onSeparator(character) {
					afterComma = character === ',';
					expecting = character === ':' || opened.at(-1)?.kind === 'array' ? 'value' : 'field name';
				},
				onError(code, offset, length) {
					const found = { offset, length, code: printParseErrorCode(code) };
					// The reader ends an object or array it finds unclosed before it says so.
					if (closed && /^Close(Brace|Bracket)Expected$/.test(found.code)) {
						opened.push(closed);
						expecting = 'next';
					}
					problem = placed(
						...explain(text, found, { opened, expecting, afterComma, field, number })
					);
					throw FIRST;
				}
			},
			{ disallowComments: true, allowTrailingComma: false }
		);
	} catch (error) {
		// A file nested deeper than the stack goes is still refused, only less precisely.
		if (error !== FIRST) {
			const message = `is not JSON, and nests too deeply to say where it goes wrong${because(text)}`;
			problem = { origin: '', place: '', message };
		}
	}
	return problem ?? { origin: '', place: '', message: `is not JSON${because(text)}` };
}

interface Found {
	offset: number;
	length: number;
	/** jsonc-parser's name for the problem: `InvalidSymbol`, `CommaExpected`… */
	code: string;
}

interface Context {
	opened: readonly Opened[];
	expecting: Expecting;
	afterComma: boolean;
	field: string;
	number?: { offset: number; length: number };
}

/** The offset a problem is placed at, and what it says. */
function explain(text: string, found: Found, context: Context): [number, string] {
	const { offset, length, code } = found;
	const token = text.slice(offset, offset + length);
	switch (code) {
		case 'InvalidCommentToken':
		case 'UnexpectedEndOfComment':
			return [offset, 'a comment: JSON allows none'];
		case 'UnexpectedEndOfString':
			if (offset + length >= text.length) {
				return [
					text.length,
					`the file ends inside the text that starts at ${placeAt(text, offset)} (was it cut off?)`
				];
			}
			return [offset + length, CONTROL_CHARACTER];
		case 'InvalidCharacter':
			return [offset + firstControlCharacter(token), CONTROL_CHARACTER];
		case 'InvalidEscapeCharacter': {
			const at = offset + Math.max(0, token.search(/\\[^"\\/bfnrtu]/));
			return [at, `"\\${text[at + 1]}" is not an escape JSON knows (write a backslash as "\\\\")`];
		}
		case 'InvalidUnicode':
			return [
				offset + Math.max(0, token.search(/\\u(?![0-9a-fA-F]{4})/)),
				'a "\\u" escape needs four hexadecimal digits'
			];
		case 'InvalidNumberFormat':
		case 'UnexpectedEndOfNumber':
			return [offset, `${numberShown(text, offset)} is not a number JSON can read`];
	}
	if (skipSpace(text, offset) >= text.length) return [text.length, endsEarly(text, context)];
	const { opened, expecting, afterComma, field, number } = context;
	const character = text[offset];
	// `01`: JSON read a number 0, then found a digit where a comma should be.
	if (number && number.offset + number.length === offset && /[0-9.]/.test(character)) {
		return [number.offset, `${numberShown(text, number.offset)} is not a number JSON can read`];
	}
	switch (expecting) {
		case 'end':
			return [offset, `${shown(text, offset)} after the end of the JSON`];
		case 'field name':
			if (character === '}' && afterComma) {
				return [offset, 'a "," before "}": JSON allows no comma after the last field'];
			}
			return [offset, `expected a field name in double quotes, found ${shown(text, offset)}`];
		case 'colon':
			return [
				offset,
				`expected ":" after the field name "${clipName(field)}", found ${shown(text, offset)}`
			];
		case 'next': {
			const array = opened.at(-1)?.kind === 'array';
			const after = array ? 'after an array item' : "after a field's value";
			return [
				offset,
				`expected "," or "${array ? ']' : '}'}" ${after}, found ${shown(text, offset)}`
			];
		}
		default:
			if ((character === ']' || character === '}') && afterComma) {
				return [offset, `a "," before "${character}": JSON allows no comma after the last item`];
			}
			if (/[-.0-9]/.test(character)) {
				return [offset, `${numberShown(text, offset)} is not a number JSON can read`];
			}
			return [offset, `expected a value, found ${shown(text, offset)}${hint(character)}`];
	}
}

/** Where in `token` the first character below U+0020 is, or 0. */
function firstControlCharacter(token: string): number {
	for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) < 32) return i;
	return 0;
}

const CONTROL_CHARACTER =
	'a line break or control character inside a text (JSON writes it as "\\n")';

function endsEarly(text: string, { opened }: Context): string {
	if (text.trim() === '') return 'the file is empty';
	const open = opened.at(-1);
	if (open === undefined) return 'the file ends where a value was expected (was it cut off?)';
	return `the file ends before the ${open.kind} that opens at ${placeAt(text, open.offset)} is closed (was it cut off?)`;
}

/** What JSON.parse itself says of a text our reader found no fault in; never expected. */
function because(text: string): string {
	try {
		JSON.parse(text);
		return '';
	} catch (error) {
		return error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
	}
}

function skipSpace(text: string, start: number): number {
	let i = start;
	while (i < text.length && ' \n\r\t'.includes(text[i])) i++;
	return i;
}

/** What stands at `offset`: `"]"`, `"undefined"`, `U+0000`, or the end of the file. */
function shown(text: string, offset: number): string {
	if (offset >= text.length) return 'the end of the file';
	const word = /[A-Za-z_][A-Za-z0-9_]{0,19}/y;
	word.lastIndex = offset;
	if (word.test(text)) return `"${text.slice(offset, word.lastIndex)}"`;
	const character = String.fromCodePoint(text.codePointAt(offset)!);
	if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)) return `"${character}"`;
	return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The would-be number at `offset`, e.g. `"01"` or `"-"`. */
function numberShown(text: string, offset: number): string {
	const token = /[-+0-9.eE]{1,30}/y;
	token.lastIndex = offset;
	token.test(text);
	return `"${text.slice(offset, token.lastIndex)}"`;
}

function hint(character: string | undefined): string {
	return character === "'" ? ' (JSON puts texts in double quotes)' : '';
}

function clipName(name: string): string {
	return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}

/** `line 3, column 9` for an offset, counting from 1 as editors do. */
export function placeAt(text: string, offset: number): string {
	let line = 1;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return `line ${line}, column ${offset - lineStart + 1}`;
}
