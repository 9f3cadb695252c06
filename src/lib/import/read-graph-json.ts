import type { GraphProblem } from '$lib/model/graph-problem';
import { parseGraph } from '$lib/model/parse-graph';
import { fromSimpleGraph, isSimpleGraph } from '$lib/model/simple-graph';
import { clip, refused, type ImportProblem, type OpenedGraph } from './import-problem';
import { scanJson } from './json-scan';
import { titleFromFileName } from './title-from-file-name';

/**
 * Opens the text of a graph file named `file`: a Ties graph file, or a plain
 * node-link file (`{ nodes, links }`, as load-graph reads it). Broken JSON is
 * placed by line and column, a schema problem by its path. Never throws.
 */
export function readGraphJson(file: string, text: string): OpenedGraph {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const scanned = scanJson(body);
	if (scanned.length > 0) {
		return refused(scanned.map((problem) => ({ file, ...problem })));
	}
	const json: unknown = JSON.parse(body);
	if (typeof json !== 'object' || json === null || Array.isArray(json)) {
		const kind = json === null ? 'null' : Array.isArray(json) ? 'an array' : `a ${typeof json}`;
		return refused([
			{
				file,
				place: '',
				message: `is not a graph file: it holds ${kind}, not an object with actors, sources and relations`
			}
		]);
	}
	if (isSimpleGraph(json)) return readSimpleGraph(file, json);
	const parsed = parseGraph(json);
	if (!parsed.ok) return refused(parsed.problems.map((problem) => placed(file, problem)));
	return { ok: true, graph: parsed.graph, name: file, notes: [] };
}

function readSimpleGraph(file: string, json: Parameters<typeof fromSimpleGraph>[0]): OpenedGraph {
	const broken = json.nodes.findIndex((node) => typeof node !== 'object' || node === null);
	const brokenLink = json.links.findIndex((link) => typeof link !== 'object' || link === null);
	if (broken !== -1 || brokenLink !== -1) {
		return refused([
			{
				file,
				place: broken !== -1 ? `nodes[${broken}]` : `links[${brokenLink}]`,
				message: 'must be an object'
			}
		]);
	}
	const parsed = parseGraph(fromSimpleGraph(json, titleFromFileName(file)));
	if (!parsed.ok) {
		return refused(parsed.problems.map((problem) => placed(file, toNodeLinkPath(problem))));
	}
	return {
		ok: true,
		graph: parsed.graph,
		name: file,
		notes: [
			`${file} is a node-link file: it gives no evidence, so each relation says so in a note.`
		]
	};
}

function placed(file: string, problem: GraphProblem): ImportProblem {
	return { file, place: problem.path, message: clip(problem.message) };
}

/** A problem in the graph made from a node-link file, placed in that file's own terms. */
function toNodeLinkPath(problem: GraphProblem): GraphProblem {
	const path = problem.path
		.replace(/^actors\[(\d+)\]\.name/, 'nodes[$1].label')
		.replace(/^actors\[(\d+)\]/, 'nodes[$1]')
		.replace(/^relations\[(\d+)\]/, 'links[$1]');
	return { path, message: problem.message };
}
