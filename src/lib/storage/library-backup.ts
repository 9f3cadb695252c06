import type { GraphProblem } from '$lib/model/graph-problem';
import type { GraphFile } from '$lib/model/schema';
import type { GraphStore } from './graph-store';
import { newGraphId } from './library';
import { sameValue } from './merge-graphs';

/** What a backup file says it is, so that no other JSON is taken for one. */
const KIND = 'ties-library-backup';

/** One graph of a backup: its id in the library it came from, and the graph. */
interface BackedUp {
	id: string;
	example?: true;
	graph: GraphFile;
}

/**
 * Every graph of the library as one file: `{ kind, saved, graphs: [{ id,
 * graph }] }`, each graph as its graph file holds it.
 */
export async function backupOf(store: GraphStore, now = new Date()): Promise<string> {
	const graphs: BackedUp[] = [];
	for (const summary of await store.list()) {
		const stored = await store.load(summary.id);
		if (!stored) continue;
		graphs.push({
			id: summary.id,
			...(summary.example ? { example: true } : {}),
			graph: stored.graph
		});
	}
	return `${JSON.stringify({ kind: KIND, saved: now.toISOString(), graphs }, null, 2)}\n`;
}

/** What restoring a backup did: the graphs added, those already here, or why nothing was. */
export type Restored =
	{ ok: true; added: string[]; alreadyHere: string[] } | { ok: false; problems: GraphProblem[] };

/**
 * Puts the graphs of a backup back into the library, losing nothing on
 * either side: a graph the library lacks is added under its own id; one the
 * library holds as it is in the backup is left; one the library holds
 * otherwise is added beside it, as a copy titled "(restored)". Every graph is
 * checked as a graph file is first, and one that is not valid stops the
 * whole restore, each problem placed (`graphs[2] relations[0].source`):
 * nothing is half restored. `origin` names the file in problems.
 */
export async function restoreBackup(
	store: GraphStore,
	text: string,
	origin: string
): Promise<Restored> {
	const refused = (place: string, message: string): Restored => ({
		ok: false,
		problems: [{ origin, place, message }]
	});
	let backup: unknown;
	try {
		backup = JSON.parse(text);
	} catch {
		return refused('', 'is not a backup of a Ties library: it is not JSON');
	}
	const graphs = (backup as { kind?: unknown; graphs?: unknown } | null)?.graphs;
	if ((backup as { kind?: unknown } | null)?.kind !== KIND || !Array.isArray(graphs)) {
		return refused(
			'',
			'is not a backup of a Ties library (Library → Back up all graphs makes one)'
		);
	}
	const { parseGraph } = await import('$lib/model/parse-graph');
	const checked: BackedUp[] = [];
	const problems: GraphProblem[] = [];
	graphs.forEach((entry: unknown, index) => {
		const { id, graph } = (entry ?? {}) as { id?: unknown; graph?: unknown };
		const parsed = parseGraph(graph);
		if (typeof id !== 'string' || id === '') {
			problems.push({ origin, place: `graphs[${index}].id`, message: 'is missing' });
		} else if (!parsed.ok) {
			for (const problem of parsed.problems) {
				problems.push({ ...problem, origin, place: `graphs[${index}] ${problem.place}`.trim() });
			}
		} else checked.push({ id, graph: parsed.graph });
	});
	if (problems.length > 0) return { ok: false, problems };
	const added: string[] = [];
	const alreadyHere: string[] = [];
	const ids = new Set((await store.list()).map((summary) => summary.id));
	for (const { id, graph } of checked) {
		const here = ids.has(id) ? await store.load(id) : undefined;
		if (here && sameValue(here.graph, graph)) {
			alreadyHere.push(graph.title);
			continue;
		}
		const into = here ? newGraphId(ids) : id;
		const title = here ? `${graph.title} (restored)`.slice(0, 200) : graph.title;
		await store.save(into, { ...graph, title });
		ids.add(into);
		added.push(title);
	}
	return { ok: true, added, alreadyHere };
}
