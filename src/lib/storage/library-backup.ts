import type { GraphProblem } from '$lib/model/graph-problem';
import type { GraphFile } from '$lib/model/schema';
import type { GraphStore } from './graph-store';
import { measure, VERSION_REASONS, type KeptVersion, type VersionReason } from './graph-versions';
import { newGraphId } from './library';
import { sameValue } from './merge-graphs';

/** What a backup file says it is, so that no other JSON is taken for one. */
const KIND = 'ties-library-backup';

/** One graph of a backup: its id in the library it came from, the graph and its versions. */
interface BackedUp {
	id: string;
	example?: true;
	graph: GraphFile;
	/** Its earlier versions, oldest first (absent in backups made before versions were kept). */
	versions?: KeptVersion[];
}

/**
 * Every graph of the library as one file: `{ kind, saved, graphs: [{ id,
 * graph, versions }] }`, each graph as its graph file holds it, with its
 * earlier versions, oldest first.
 */
export async function backupOf(store: GraphStore, now = new Date()): Promise<string> {
	const graphs: BackedUp[] = [];
	for (const summary of await store.list()) {
		const stored = await store.load(summary.id);
		if (!stored) continue;
		const versions: KeptVersion[] = [];
		for (const version of (await store.versions(summary.id)).reverse()) {
			const graph = await store.loadVersion(version.key);
			if (!graph) continue;
			const { saved, kept, change, reason, actors, relations, size } = version;
			versions.push({ saved, kept, change, reason, actors, relations, size, graph });
		}
		graphs.push({
			id: summary.id,
			...(summary.example ? { example: true } : {}),
			graph: stored.graph,
			versions
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
		const { id, graph, versions } = (entry ?? {}) as {
			id?: unknown;
			graph?: unknown;
			versions?: unknown;
		};
		const parsed = parseGraph(graph);
		const place = (at: string, problem: GraphProblem) =>
			problems.push({ ...problem, origin, place: `${at} ${problem.place}`.trim() });
		const kept: KeptVersion[] = [];
		if (versions !== undefined && !Array.isArray(versions)) {
			problems.push({ origin, place: `graphs[${index}].versions`, message: 'is not a list' });
		}
		(Array.isArray(versions) ? versions : []).forEach((version: unknown, at: number) => {
			const where = `graphs[${index}].versions[${at}]`;
			const fields = versionFieldsOf(version);
			const read = parseGraph((version as { graph?: unknown } | null)?.graph);
			if ('problem' in fields) problems.push({ origin, place: where, message: fields.problem });
			else if (!read.ok) read.problems.forEach((problem) => place(where, problem));
			else kept.push({ ...fields, ...measure(read.graph), graph: read.graph });
		});
		if (typeof id !== 'string' || id === '') {
			problems.push({ origin, place: `graphs[${index}].id`, message: 'is missing' });
		} else if (!parsed.ok) {
			parsed.problems.forEach((problem) => place(`graphs[${index}]`, problem));
		} else checked.push({ id, graph: parsed.graph, versions: kept });
	});
	if (problems.length > 0) return { ok: false, problems };
	const added: string[] = [];
	const alreadyHere: string[] = [];
	const ids = new Set((await store.list()).map((summary) => summary.id));
	for (const { id, graph, versions = [] } of checked) {
		const here = ids.has(id) ? await store.load(id) : undefined;
		if (here && sameValue(here.graph, graph)) {
			// The graph is here; versions of it the library lacks are added.
			const have = new Set((await store.versions(id)).map((version) => version.kept));
			await store.addVersions(
				id,
				versions.filter((version) => !have.has(version.kept))
			);
			alreadyHere.push(graph.title);
			continue;
		}
		const into = here ? newGraphId(ids) : id;
		const title = here ? `${graph.title} (restored)`.slice(0, 200) : graph.title;
		await store.save(into, { ...graph, title });
		await store.addVersions(into, versions);
		ids.add(into);
		added.push(title);
	}
	return { ok: true, added, alreadyHere };
}

/** The fields of a version as a backup holds them, checked; its graph is checked apart. */
function versionFieldsOf(
	value: unknown
): Pick<KeptVersion, 'saved' | 'kept' | 'change' | 'reason'> | { problem: string } {
	const v = (value ?? {}) as Record<string, unknown>;
	const time = (field: string) =>
		typeof v[field] === 'string' && !Number.isNaN(Date.parse(v[field] as string));
	if (!time('saved') || !time('kept')) return { problem: 'needs the times it was saved and kept' };
	if (typeof v.reason !== 'string' || !Object.hasOwn(VERSION_REASONS, v.reason)) {
		return { problem: 'has no known reason' };
	}
	return {
		saved: v.saved as string,
		kept: v.kept as string,
		change: typeof v.change === 'string' ? v.change.slice(0, 500) : '',
		reason: v.reason as VersionReason
	};
}
