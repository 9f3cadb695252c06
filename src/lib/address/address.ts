import type { Look } from '$lib/layout/camera';
import { partialDateProblem, type PartialDate } from '$lib/model/partial-date';
import type { RelationStatus } from '$lib/model/schema';
import type { Selection } from '$lib/stage/emphasis';

/**
 * Which graph a page shows: the example as it ships, one of the analyst's
 * library (`doc=<id>`), or a graph file on the web (`graph=<url>`, as the
 * analyst typed it: relative to the page, or whole).
 */
export type GraphRef =
	{ kind: 'example' } | { kind: 'library'; id: string } | { kind: 'web'; url: string };

/**
 * What is on screen, as the address says it: the selection, what is hidden,
 * the as-of date, the table or the graph, and where the camera looks. Copying
 * the address shares exactly this.
 */
export interface ViewInAddress {
	selection?: Selection;
	hiddenTypes?: string[];
	hiddenStatuses?: RelationStatus[];
	asOf?: PartialDate;
	table?: boolean;
	look?: Look;
}

/** Everything an address of Ties says. */
export interface PageAddress {
	graph: GraphRef;
	view: ViewInAddress;
	/** A briefing's step, as people count: from 1. */
	step?: number;
}

const STATUSES: RelationStatus[] = ['confirmed', 'reported', 'alleged', 'denied'];
const GRAPH_PARAMETERS = ['doc', 'graph'];
const VIEW_PARAMETERS = ['relation', 'actor', 'hide', 'hideStatus', 'asOf', 'view', 'at'];
const STEP_PARAMETER = 'step';
/** The library's id of the example. */
const EXAMPLE_DOC = 'example';

/**
 * Reads an address. A parameter that makes no sense is left out and said
 * why (`asOf: "2024-13-01" is not a date: …`); the rest is read.
 */
export function readAddress(url: URL): { address: PageAddress; problems: string[] } {
	const params = url.searchParams;
	const problems: string[] = [];
	const address: PageAddress = { graph: graphOf(params), view: viewOf(params, problems) };
	const step = params.get(STEP_PARAMETER);
	if (step !== null) {
		if (/^\s*\d+\s*$/.test(step) && Number(step) >= 1) address.step = Number(step);
		else problems.push(`step: "${step}" is not a step number (1, 2, 3…)`);
	}
	return { address, problems };
}

/** Whether the address says anything of the view; an address that does not leaves the view as it is. */
export function namesAView(url: URL): boolean {
	return VIEW_PARAMETERS.some((name) => url.searchParams.has(name));
}

/**
 * The address of `path` on this site (resolved against `current`) for what
 * `address` says: its graph, view and step, each written only when given.
 * Parameters Ties does not own are kept when `path` is the current page.
 */
export function writeAddress(current: URL, address: Partial<PageAddress>, path?: string): URL {
	const next = new URL(path ?? current.href, current);
	const params = new URLSearchParams(path === undefined ? current.search : '');
	if (address.graph) {
		for (const name of GRAPH_PARAMETERS) params.delete(name);
		if (address.graph.kind === 'library') params.set('doc', address.graph.id);
		if (address.graph.kind === 'web') params.set('graph', address.graph.url);
	}
	if (address.view) {
		for (const name of VIEW_PARAMETERS) params.delete(name);
		writeView(address.view, params);
	}
	if (address.step !== undefined) params.set(STEP_PARAMETER, String(address.step));
	next.search = params.toString();
	next.hash = '';
	return next;
}

/** The query (`?doc=g-1&step=2`, or '' for nothing) that says `address`: for links to other pages. */
export function queryOf(address: Partial<PageAddress>): string {
	const search = writeAddress(new URL('http://ties.invalid/'), address).search;
	return search;
}

/**
 * The graph a `graph=` parameter names, as a web address resolved against the
 * page, or why it cannot be opened: only http and https are followed.
 */
export function webAddress(parameter: string, page: URL): { url: string } | { problem: string } {
	let url: URL;
	try {
		url = new URL(parameter, page);
	} catch {
		return { problem: `graph: "${parameter}" is not an address` };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return {
			problem: `graph: "${parameter}" is not a web address (only http and https are opened)`
		};
	}
	return { url: url.href };
}

/** The name that ties a briefing's stage to its presenter view: one briefing per graph. */
export function briefingName(graph: GraphRef): string {
	return graph.kind === 'library' ? graph.id : graph.kind === 'web' ? graph.url : EXAMPLE_DOC;
}

/**
 * The step to show, from 0, for a step as people count it: none opens the
 * first, one past the end the last.
 */
export function stepIndex(step: number | undefined, count: number): number {
	if (step === undefined) return 0;
	return Math.min(Math.max(step, 1), Math.max(count, 1)) - 1;
}

/**
 * The "Open in Ties" link for a graph that is a file on the web: the graph
 * named by `graph=`, or the example as the site hosts it (`examplePath`). A
 * graph that lives only in this browser's library has none.
 */
export function openInTiesLink(
	current: URL,
	graph: GraphRef,
	examplePath: string
): URL | undefined {
	if (graph.kind === 'library' && graph.id !== EXAMPLE_DOC) return undefined;
	const hosted = graph.kind === 'web' ? graph.url : examplePath;
	return writeAddress(current, { graph: { kind: 'web', url: hosted } }, current.pathname);
}

function graphOf(params: URLSearchParams): GraphRef {
	const url = params.get('graph');
	if (url) return { kind: 'web', url };
	const doc = params.get('doc');
	if (doc) return { kind: 'library', id: doc };
	return { kind: 'example' };
}

function viewOf(params: URLSearchParams, problems: string[]): ViewInAddress {
	const view: ViewInAddress = {};
	const relation = params.get('relation');
	const actor = params.get('actor');
	if (relation) view.selection = { kind: 'relation', id: relation };
	else if (actor) view.selection = { kind: 'actor', id: actor };
	const hide = params.get('hide');
	if (hide) view.hiddenTypes = hide.split(',').filter(Boolean);
	const hideStatus = params.get('hideStatus');
	if (hideStatus) {
		const statuses = hideStatus.split(',').filter(Boolean);
		const unknown = statuses.filter((s) => !STATUSES.includes(s as RelationStatus));
		if (unknown.length > 0) {
			problems.push(`hideStatus: "${unknown.join(', ')}" is not a status (${STATUSES.join(', ')})`);
		}
		view.hiddenStatuses = statuses.filter((s): s is RelationStatus =>
			STATUSES.includes(s as RelationStatus)
		);
	}
	const asOf = params.get('asOf');
	if (asOf) {
		const problem = partialDateProblem(asOf);
		if (problem) problems.push(`asOf: ${problem}`);
		else view.asOf = asOf;
	}
	const shown = params.get('view');
	if (shown === 'table') view.table = true;
	else if (shown !== null && shown !== 'graph')
		problems.push(`view: "${shown}" is neither graph nor table`);
	const at = params.get('at');
	if (at) {
		const parts = at.split(',').map(Number);
		if (parts.length === 3 && parts.every(Number.isFinite) && parts[2] > 0) {
			view.look = { x: parts[0], y: parts[1], k: parts[2] };
		} else problems.push(`at: "${at}" is not x,y,zoom`);
	}
	return view;
}

function writeView(view: ViewInAddress, params: URLSearchParams): void {
	if (view.selection) params.set(view.selection.kind, view.selection.id);
	if (view.hiddenTypes?.length) params.set('hide', [...view.hiddenTypes].sort().join(','));
	if (view.hiddenStatuses?.length)
		params.set('hideStatus', [...view.hiddenStatuses].sort().join(','));
	if (view.asOf) params.set('asOf', view.asOf);
	if (view.table) params.set('view', 'table');
	if (view.look) {
		const { x, y, k } = view.look;
		params.set('at', `${round(x, 1)},${round(y, 1)},${round(k, 4)}`);
	}
}

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
