import type { GraphProblem } from './graph-problem';
import { parseGraph } from './parse-graph';
import type { GraphFile } from './schema';
import { fromSimpleGraph, isSimpleGraph } from './simple-graph';

export type LoadedGraph =
	| { graph: GraphFile; problems?: undefined; url: string }
	| { graph?: undefined; problems: GraphProblem[]; url: string };

/**
 * Fetches a graph file (or a plain node-link file) and checks it; a failed
 * request or broken JSON is reported like any other problem, never thrown.
 */
export async function loadGraph(fetcher: typeof fetch, url: string): Promise<LoadedGraph> {
	let text: string;
	try {
		const response = await fetcher(url);
		if (!response.ok) {
			return {
				url,
				problems: [{ path: '', message: `could not load ${url} (HTTP ${response.status})` }]
			};
		}
		text = await response.text();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { url, problems: [{ path: '', message: `could not load ${url} (${reason})` }] };
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return { url, problems: [{ path: '', message: `${url} is not valid JSON (${reason})` }] };
	}
	let input: unknown = json;
	if (isSimpleGraph(json)) {
		try {
			input = fromSimpleGraph(json, titleFromUrl(url));
		} catch {
			const message = `${url} is a node-link file whose nodes or links are not all objects`;
			return { url, problems: [{ path: '', message }] };
		}
	}
	const parsed = parseGraph(input);
	return parsed.ok ? { url, graph: parsed.graph } : { url, problems: parsed.problems };
}

/**
 * The address a `?graph=` parameter names, resolved against the page, or why
 * it cannot be opened: only web addresses (http, https) are followed.
 */
export function graphAddress(parameter: string, page: URL): { url: string } | { problem: string } {
	let url: URL;
	try {
		url = new URL(parameter, page);
	} catch {
		return { problem: `"${parameter}" is not an address` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return { problem: `"${parameter}" is not a web address (only http and https are opened)` };
	}
	return { url: url.href };
}

function titleFromUrl(url: string): string {
	const name = url.split(/[?#]/)[0].split('/').pop() || 'network';
	return name.replace(/\.json$/i, '');
}
