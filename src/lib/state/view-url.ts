import type { Camera, ClearArea } from '$lib/layout/camera';
import type { Point } from '$lib/layout/point';
import { partialDateProblem, type PartialDate } from '$lib/model/partial-date';
import type { RelationStatus } from '$lib/model/schema';

/**
 * What is on screen, as the address says it: the selection, what is hidden,
 * the as-of date, the table or the graph, and where the camera looks. Copying
 * the address shares exactly this.
 */
export interface ViewInUrl {
	selection?: { kind: 'actor' | 'relation'; id: string };
	hiddenTypes?: string[];
	hiddenStatuses?: RelationStatus[];
	asOf?: PartialDate;
	table?: boolean;
	/** The graph point in the middle of the clear view, and the zoom. */
	look?: { x: number; y: number; k: number };
}

const STATUSES: RelationStatus[] = ['confirmed', 'reported', 'alleged', 'denied'];
/** The parameters this module owns; others (graph, library) are left alone. */
export const VIEW_PARAMETERS = ['relation', 'actor', 'hide', 'hideStatus', 'asOf', 'view', 'at'];

/** Reads the view from the address; a parameter that makes no sense is left out and said why. */
export function readView(params: URLSearchParams): { view: ViewInUrl; problems: string[] } {
	const view: ViewInUrl = {};
	const problems: string[] = [];
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
	const table = params.get('view');
	if (table === 'table') view.table = true;
	else if (table !== null && table !== 'graph')
		problems.push(`view: "${table}" is neither graph nor table`);
	const at = params.get('at');
	if (at) {
		const parts = at.split(',').map(Number);
		if (parts.length === 3 && parts.every(Number.isFinite) && parts[2] > 0) {
			view.look = { x: parts[0], y: parts[1], k: parts[2] };
		} else problems.push(`at: "${at}" is not x,y,zoom`);
	}
	return { view, problems };
}

/** The address's parameters with the view written in; the ones this module does not own are kept. */
export function writeView(view: ViewInUrl, params: URLSearchParams): URLSearchParams {
	const next = new URLSearchParams(params);
	for (const name of VIEW_PARAMETERS) next.delete(name);
	if (view.selection) next.set(view.selection.kind, view.selection.id);
	if (view.hiddenTypes?.length) next.set('hide', [...view.hiddenTypes].sort().join(','));
	if (view.hiddenStatuses?.length)
		next.set('hideStatus', [...view.hiddenStatuses].sort().join(','));
	if (view.asOf) next.set('asOf', view.asOf);
	if (view.table) next.set('view', 'table');
	if (view.look) {
		const { x, y, k } = view.look;
		next.set('at', `${round(x, 1)},${round(y, 1)},${round(k, 4)}`);
	}
	return next;
}

/** Where the camera looks: the graph point in the middle of the clear area, and the zoom. */
export function lookOf(camera: Camera, area: ClearArea): { x: number; y: number; k: number } {
	const middle = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
	return { x: (middle.x - camera.x) / camera.k, y: (middle.y - camera.y) / camera.k, k: camera.k };
}

/** The camera that looks at `look` from a view whose clear area is `area`. */
export function cameraFor(look: Point & { k: number }, area: ClearArea): Camera {
	const middle = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
	return { k: look.k, x: middle.x - look.x * look.k, y: middle.y - look.y * look.k };
}

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
