import type { GraphFile } from '$lib/model/schema';
import type { GraphStore } from './graph-store';

/** The library id of the example network that ships with Ties. */
export const EXAMPLE_ID = 'example';
/** The longest title the graph file allows. */
export const TITLE_MAX = 200;

/**
 * A library id for a new graph: the time in base 36, then 48 random bits,
 * e.g. `mb2k9x1a-3f0k2m9q1z`; never one in `taken`, never the example's.
 */
export function newGraphId(taken: ReadonlySet<string> = new Set(), now = Date.now()): string {
	for (;;) {
		const random = crypto.getRandomValues(new Uint16Array(3));
		const id = `${now.toString(36)}-${[...random].map((part) => part.toString(36).padStart(4, '0')).join('')}`;
		if (!taken.has(id) && id !== EXAMPLE_ID) return id;
	}
}

const COPY = /^(.*) \(copy(?: (\d+))?\)$/s;

/**
 * The title of a copy: `Network` → `Network (copy)`, then `Network (copy 2)`…
 * A copy of a copy counts on (`Network (copy)` → `Network (copy 2)`), and no
 * title in `taken` is given twice.
 */
export function duplicateTitle(title: string, taken: Iterable<string> = []): string {
	const match = COPY.exec(title);
	const base = match ? match[1] : title;
	const used = new Set(taken);
	for (let n = match ? Number(match[2] ?? 1) + 1 : 1; ; n++) {
		const candidate = withSuffix(base, n === 1 ? ' (copy)' : ` (copy ${n})`);
		if (!used.has(candidate)) return candidate;
	}
}

/** What is wrong with a title the analyst typed, in words; undefined if nothing. */
export function titleProblem(title: string): string | undefined {
	const trimmed = title.trim();
	if (trimmed === '') return 'A graph needs a title.';
	if (trimmed.length > TITLE_MAX) return `A title can be at most ${TITLE_MAX} characters.`;
	return undefined;
}

/**
 * The graph "New graph" starts with: a title not yet in `taken`, as of today
 * (the analyst's calendar day), and nothing in it yet.
 */
export function blankGraph(taken: Iterable<string> = [], today = new Date()): GraphFile {
	const used = new Set(taken);
	let title = 'Untitled network';
	for (let n = 2; used.has(title); n++) title = `Untitled network ${n}`;
	return { title, asOf: calendarDay(today), actors: [], sources: [], relations: [] };
}

/** Puts the example in the library if it is not there; true if it was added. */
export async function ensureExample(store: GraphStore, example: GraphFile): Promise<boolean> {
	if (await store.load(EXAMPLE_ID)) return false;
	await store.save(EXAMPLE_ID, example, { example: true });
	return true;
}

/** Puts the example back as it ships; the analyst's changes to it are kept as a version. */
export async function resetExample(store: GraphStore, example: GraphFile): Promise<void> {
	await store.save(EXAMPLE_ID, example, { example: true, keep: 'reset' });
}

/** Adds a new blank graph to the library; returns its id and graph. */
export async function createGraph(
	store: GraphStore,
	today = new Date()
): Promise<{ id: string; graph: GraphFile }> {
	const entries = await store.list();
	const id = newGraphId(new Set(entries.map((entry) => entry.id)));
	const graph = blankGraph(
		entries.map((entry) => entry.title),
		today
	);
	await store.save(id, graph);
	return { id, graph };
}

/** Copies a graph in the library under a new id and a "(copy)" title; undefined if it is gone. */
export async function duplicateGraph(
	store: GraphStore,
	id: string
): Promise<{ id: string; graph: GraphFile } | undefined> {
	const [stored, entries] = await Promise.all([store.load(id), store.list()]);
	if (!stored) return undefined;
	const copyId = newGraphId(new Set(entries.map((entry) => entry.id)));
	const title = duplicateTitle(
		stored.graph.title,
		entries.map((entry) => entry.title)
	);
	const graph = { ...stored.graph, title };
	await store.save(copyId, graph, { example: false });
	return { id: copyId, graph };
}

/**
 * Renames a graph that is not open. The open graph is renamed through the
 * editor instead, or its next autosave would bring the old title back.
 */
export async function renameGraph(store: GraphStore, id: string, title: string): Promise<void> {
	const stored = await store.load(id);
	if (stored) await store.save(id, { ...stored.graph, title: title.trim() });
}

function withSuffix(base: string, suffix: string): string {
	return `${base.slice(0, TITLE_MAX - suffix.length).trimEnd()}${suffix}`;
}

function calendarDay(date: Date): string {
	const month = String(date.getMonth() + 1).padStart(2, '0');
	const day = String(date.getDate()).padStart(2, '0');
	return `${date.getFullYear()}-${month}-${day}`;
}
