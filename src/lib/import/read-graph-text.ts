import { clip, type GraphProblem } from '$lib/model/graph-problem';
import { parseGraph } from '$lib/model/parse-graph';
import { MAX_FILE_BYTES, tooLarge } from './import-limits';
import { limitProblems } from './json-limits';
import { refused, type NotOpened, type OpenedGraph } from './opened-graph';

/**
 * Reads the text of a Ties graph file, wherever it came from: `origin` is
 * the file's name or the address, and leads every problem. Every origin
 * passes the same guards, in this order: the size (`MAX_FILE_BYTES`), a
 * byte-order mark, the JSON (broken syntax placed by line and column,
 * nesting and texts too deep or too long), then checkGraph. Never throws.
 */
export async function readGraphText(text: string, origin: string): Promise<OpenedGraph> {
	const read = await readJson(text, origin);
	return 'problems' in read ? read : checkGraph(read.json, origin, { fresh: true });
}

/**
 * Opens a graph's text as readGraphText does, and a network another tool
 * wrote too: as JSON (node-link, graphology, Cytoscape.js), told apart by its
 * shape, or as XML (GEXF, GraphML); `today` dates what such a file cannot
 * say. Their readers load only when such a file comes: the explorer's first
 * load stays light. Never throws.
 */
export async function openGraphText(
	text: string,
	origin: string,
	today = new Date().toISOString().slice(0, 10)
): Promise<OpenedGraph> {
	if (/^\uFEFF?\s*</.test(text.slice(0, 1000))) {
		const bytes = bytesOver(text, MAX_FILE_BYTES);
		if (bytes !== undefined) return refused([{ origin, place: '', message: tooLarge(bytes) }]);
		const { readXmlGraph } = await import('./interchange/read-xml-graph');
		return readXmlGraph(text.replace(/^\uFEFF/, ''), origin, today);
	}
	const read = await readJson(text, origin);
	if ('problems' in read) return read;
	const { json } = read;
	const fromOtherTool =
		typeof json === 'object' &&
		json !== null &&
		!('actors' in json) &&
		('nodes' in json || 'elements' in json);
	if (!fromOtherTool) return checkGraph(json, origin, { fresh: true });
	const { openJsonNetwork } = await import('./interchange/open-json-network');
	return openJsonNetwork(json, origin, today);
}

/**
 * The JSON value of a text that passed the guards, or why it did not. The
 * browser's own JSON.parse reads it; only a text it refuses loads the reader
 * that says where and why (see jsonSyntaxProblem).
 */
async function readJson(text: string, origin: string): Promise<{ json: unknown } | NotOpened> {
	const bytes = bytesOver(text, MAX_FILE_BYTES);
	if (bytes !== undefined) return refused([{ origin, place: '', message: tooLarge(bytes) }]);
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	let json: unknown;
	try {
		json = JSON.parse(body);
	} catch {
		const { jsonSyntaxProblem } = await import('./json-syntax');
		return refused([placedIn(origin)(jsonSyntaxProblem(body))]);
	}
	const problems = limitProblems(json);
	return problems.length > 0 ? refused(problems.map(placedIn(origin))) : { json };
}

/**
 * Checks a graph already read as a value: the last step of reading a text,
 * and the whole check of a graph read back from the library, which a failed
 * write or an older Ties may have left damaged. It must be an object the
 * schema and the references accept; each problem is placed by its path
 * (`relations[3].evidence[0].source`). `fresh`: the value is the caller's
 * alone, just read, and what passes is kept rather than copied (see
 * parseGraph). Never throws.
 */
export function checkGraph(value: unknown, origin: string, { fresh = false } = {}): OpenedGraph {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return refused([
			{
				origin,
				place: '',
				message: `is not a graph file: it holds ${kindOf(value)}, not an object with actors, sources and relations`
			}
		]);
	}
	const parsed = parseGraph(value, { fresh });
	if (!parsed.ok) return refused(parsed.problems.map(placedIn(origin)));
	return { ok: true, graph: parsed.graph, name: origin, notes: [] };
}

/** What a value that is no graph holds, in words: `null`, `an array`, `a number`, `nothing`. */
function kindOf(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** The problem, said of `origin`; cut short, so that it never repeats a whole hostile value. */
export function placedIn(origin: string): (problem: GraphProblem) => GraphProblem {
	return (problem) => ({ origin, place: clip(problem.place), message: clip(problem.message) });
}

/**
 * How many bytes `text` takes as UTF-8 when that is more than `limit`, else
 * undefined. Counted without encoding it, and only when it could matter.
 */
function bytesOver(text: string, limit: number): number | undefined {
	// No character takes more than 3 bytes for each of its UTF-16 units.
	if (text.length * 3 <= limit) return undefined;
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0x80) bytes += 1;
		else if (unit < 0x800) bytes += 2;
		else if (unit >= 0xd800 && unit < 0xdc00 && isLowSurrogate(text.charCodeAt(i + 1))) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes > limit ? bytes : undefined;
}

function isLowSurrogate(unit: number): boolean {
	return unit >= 0xdc00 && unit < 0xe000;
}
