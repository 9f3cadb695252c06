import type { GraphProblem } from './graph-problem';
import { parseGraphText } from './parse-graph';
import type { GraphFile } from './schema';

export type LoadedGraph =
	| { graph: GraphFile; problems?: undefined; url: string }
	| { graph?: undefined; problems: GraphProblem[]; url: string };

/** Fetches a graph file and checks it; a failed request is a problem like a bad file. */
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
	const parsed = parseGraphText(text);
	return parsed.ok ? { url, graph: parsed.graph } : { url, problems: parsed.problems };
}
