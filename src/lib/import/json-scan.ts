import { formatPath, type GraphProblem } from '$lib/model/graph-problem';
import { MAX_DEPTH, MAX_TEXT_LENGTH } from './import-limits';

/** Fields whose texts the schema limits itself (a source's archived text may be long). */
const OWN_LIMIT = new Set(['archivedText']);

const ARRAY = 0;
const OBJECT = 1;
const NAMES = ['array', 'object'];

/**
 * Checks JSON text before `JSON.parse` sees it, in one pass without
 * recursion: its syntax (the first error, with its line and column, so a cut
 * file says where it ends), how deeply it nests (`MAX_DEPTH`) and how long its
 * texts are (`MAX_TEXT_LENGTH`, each by its path). Returns no problems for
 * JSON that is safe to parse; the caller names their origin. Never throws.
 */
export function scanJson(text: string): GraphProblem[] {
	const problems: GraphProblem[] = [];
	const fail = (offset: number, message: string) => {
		problems.push({ origin: '', place: placeAt(text, offset), message });
		return problems;
	};
	const kinds: number[] = [];
	const openedAt: number[] = [];
	const path: (string | number)[] = [];
	const length = text.length;
	let state: 'value' | 'key' | 'after' = 'value';
	let afterComma = false;
	let i = skipSpace(text, 0);
	if (i >= length) return fail(i, 'the file is empty');

	for (;;) {
		i = skipSpace(text, i);
		const code = text.charCodeAt(i);
		if (state === 'after') {
			const top = kinds.length - 1;
			if (top < 0) {
				return i < length ? fail(i, `${shown(text, i)} after the end of the JSON`) : problems;
			}
			const close = kinds[top] === ARRAY ? 93 : 125;
			if (code === 44) {
				i++;
				afterComma = true;
				if (kinds[top] === ARRAY) {
					path[top] = (path[top] as number) + 1;
					state = 'value';
				} else state = 'key';
			} else if (code === close) {
				kinds.pop();
				openedAt.pop();
				path.pop();
				i++;
			} else if (i >= length) {
				return fail(i, endsEarly(text, kinds[top], openedAt[top]));
			} else {
				const expected = kinds[top] === ARRAY ? 'after an array item' : "after a field's value";
				return fail(
					i,
					`expected "," or "${String.fromCharCode(close)}" ${expected}, found ${shown(text, i)}`
				);
			}
			continue;
		}
		if (i >= length) return fail(i, endsEarly(text, kinds.at(-1), openedAt.at(-1)));
		if (state === 'key') {
			if (code === 125 && afterComma) {
				return fail(i, 'a "," before "}": JSON allows no comma after the last field');
			}
			if (code !== 34) {
				return fail(i, `expected a field name in double quotes, found ${shown(text, i)}`);
			}
			const end = scanString(text, i, problems, path, true);
			if (end < 0) return problems;
			const raw = text.slice(i + 1, end - 1);
			path[path.length - 1] = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw;
			i = skipSpace(text, end);
			if (text.charCodeAt(i) !== 58) {
				return fail(
					i,
					`expected ":" after the field name "${clipName(raw)}", found ${shown(text, i)}`
				);
			}
			i++;
			state = 'value';
			afterComma = false;
			continue;
		}
		// A value.
		if (code === 123 || code === 91) {
			if (kinds.length >= MAX_DEPTH) {
				return fail(
					i,
					`the JSON is nested more than ${MAX_DEPTH} levels deep; a graph file needs no more than 6`
				);
			}
			const kind = code === 123 ? OBJECT : ARRAY;
			kinds.push(kind);
			openedAt.push(i);
			path.push(kind === ARRAY ? 0 : '');
			i = skipSpace(text, i + 1);
			afterComma = false;
			if (text.charCodeAt(i) === (kind === ARRAY ? 93 : 125)) {
				kinds.pop();
				openedAt.pop();
				path.pop();
				i++;
				state = 'after';
			} else state = kind === ARRAY ? 'value' : 'key';
			continue;
		}
		if ((code === 93 || code === 125) && afterComma) {
			return fail(i, `a "," before "${text[i]}": JSON allows no comma after the last item`);
		}
		let end: number;
		if (code === 34) end = scanString(text, i, problems, path, false);
		else if (code === 45 || (code >= 48 && code <= 57)) end = scanNumber(text, i);
		else end = scanLiteral(text, i);
		if (end === -1) return problems;
		if (end === -2) return fail(i, `${numberShown(text, i)} is not a number JSON can read`);
		if (end === -3) return fail(i, `expected a value, found ${shown(text, i)}${hint(text[i])}`);
		i = end;
		state = 'after';
		afterComma = false;
	}
}

/**
 * Scans the string that opens at `start`; returns the offset after its
 * closing quote, or -1 after adding the problem that ends the scan. A text too
 * long is a problem too, but the scan goes on to find any other.
 */
function scanString(
	text: string,
	start: number,
	problems: GraphProblem[],
	path: readonly (string | number)[],
	isName: boolean
): number {
	let characters = 0;
	let i = start + 1;
	for (;;) {
		const code = text.charCodeAt(i);
		if (i >= text.length) {
			problems.push({
				origin: '',
				place: placeAt(text, i),
				message: `the file ends inside the text that starts at ${placeAt(text, start)} (was it cut off?)`
			});
			return -1;
		}
		if (code === 34) break;
		if (code === 92) {
			const escaped = text[i + 1];
			if (i + 1 >= text.length || (escaped === 'u' && i + 6 > text.length)) {
				// Cut off inside an escape: reported as a text the file ends inside.
				i = text.length;
				continue;
			}
			if (escaped === 'u') {
				if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
					problems.push({
						origin: '',
						place: placeAt(text, i),
						message: 'a "\\u" escape needs four hexadecimal digits'
					});
					return -1;
				}
				i += 6;
			} else if ('"\\/bfnrt'.includes(escaped)) i += 2;
			else {
				problems.push({
					origin: '',
					place: placeAt(text, i),
					message: `"\\${escaped}" is not an escape JSON knows (write a backslash as "\\\\")`
				});
				return -1;
			}
		} else if (code < 32) {
			problems.push({
				origin: '',
				place: placeAt(text, i),
				message: 'a line break or control character inside a text (JSON writes it as "\\n")'
			});
			return -1;
		} else i++;
		characters++;
	}
	const field = path.at(-1);
	const ownLimit = !isName && typeof field === 'string' && OWN_LIMIT.has(field);
	if (characters > MAX_TEXT_LENGTH && !ownLimit) {
		const where = formatPath(path);
		const what = isName ? 'a field name' : 'a text';
		problems.push({
			origin: '',
			place: isName ? placeAt(text, start) : where === '' ? placeAt(text, start) : where,
			message: `${what} of ${characters.toLocaleString('en')} characters is too long to open (at most ${MAX_TEXT_LENGTH.toLocaleString('en')})`
		});
	}
	return i + 1;
}

/** The offset after a JSON number at `start`, or -2 when it is not one. */
function scanNumber(text: string, start: number): number {
	const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
	match.lastIndex = start;
	if (!match.test(text)) return -2;
	const end = match.lastIndex;
	// `01` or `1.` : digits or a point straight after a number are not JSON.
	return /[0-9.eE]/.test(text[end] ?? '') ? -2 : end;
}

/** The offset after `true`, `false` or `null` at `start`, or -3 when none is there. */
function scanLiteral(text: string, start: number): number {
	for (const literal of ['true', 'false', 'null']) {
		if (
			text.startsWith(literal, start) &&
			!/[A-Za-z0-9_]/.test(text[start + literal.length] ?? '')
		) {
			return start + literal.length;
		}
	}
	return -3;
}

function skipSpace(text: string, start: number): number {
	let i = start;
	for (;;) {
		const code = text.charCodeAt(i);
		if (code === 32 || code === 10 || code === 13 || code === 9) i++;
		else return i;
	}
}

function endsEarly(text: string, kind: number | undefined, openedAt: number | undefined): string {
	if (kind === undefined || openedAt === undefined) {
		return 'the file ends where a value was expected (was it cut off?)';
	}
	return `the file ends before the ${NAMES[kind]} that opens at ${placeAt(text, openedAt)} is closed (was it cut off?)`;
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
	if (character === "'") return ' (JSON puts texts in double quotes)';
	return '';
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
