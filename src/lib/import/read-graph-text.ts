import { clip, type GraphProblem } from '$lib/model/graph-problem';
import { parseGraph } from '$lib/model/parse-graph';
import { MAX_FILE_BYTES, tooLarge } from './import-limits';
import { scanJson } from './json-scan';
import { graphOfNetwork } from './interchange/graph-of-network';
import { jsonNetwork } from './interchange/json-network';
import { refused, type OpenedGraph } from './opened-graph';

/**
 * Reads the text of a graph file, wherever it came from: `origin` is the
 * file's name or the address, and leads every problem. A Ties graph file, or
 * a network another tool wrote as JSON (node-link, graphology, Cytoscape.js;
 * see jsonNetwork), told apart by shape; `today` dates what such a file
 * cannot (see graphOfNetwork). Every origin passes the same
 * guards, in this order: the size (`MAX_FILE_BYTES`), a byte-order mark,
 * the JSON (broken syntax placed by line and column, nesting and texts too
 * deep or too long), then checkGraph. Never throws.
 */
export function readGraphText(
	text: string,
	origin: string,
	today = new Date().toISOString().slice(0, 10)
): OpenedGraph {
	const bytes = bytesOver(text, MAX_FILE_BYTES);
	if (bytes !== undefined) return refused([{ origin, place: '', message: tooLarge(bytes) }]);
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const scanned = scanJson(body);
	if (scanned.length > 0) return refused(scanned.map(placedIn(origin)));
	const json: unknown = JSON.parse(body);
	const network = jsonNetwork(json, origin);
	if (network === undefined) return checkGraph(json, origin);
	if (!network.ok) return refused(network.problems.map(placedIn(origin)));
	return graphOfNetwork(network.network, origin, today);
}

/**
 * Checks a graph already read as a value: the last step of reading a text,
 * and the whole check of a graph read back from the library, which a failed
 * write or an older Ties may have left damaged. It must be an object the
 * schema and the references accept; each problem is placed by its path
 * (`relations[3].evidence[0].source`). Never throws.
 */
export function checkGraph(value: unknown, origin: string): OpenedGraph {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return refused([
			{
				origin,
				place: '',
				message: `is not a graph file: it holds ${kindOf(value)}, not an object with actors, sources and relations`
			}
		]);
	}
	const parsed = parseGraph(value);
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
function placedIn(origin: string): (problem: GraphProblem) => GraphProblem {
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
