import type { LayoutActor, LayoutTie } from './force-simulation';
import type { LayoutRequest } from './layout-protocol';

type Start = Extract<LayoutRequest, { kind: 'start' }>;

/**
 * A start request as it travels to the layout worker: the actors' ids in one
 * list, their radii and the ties (two actor numbers each) in typed arrays
 * that are handed over, not copied. Copied as objects, the 80,000 actors and
 * ties of a 20,000-actor network held the page for about 60 ms.
 */
export interface PackedStart {
	kind: 'start-packed';
	ids: string[];
	radii: Float64Array;
	/** source, target per tie, as positions in `ids`. */
	ties: Int32Array;
	seed: number;
	from?: { positions: Float64Array; alpha: number };
}

/** The request packed, and the arrays to hand over with it. */
export function packStart(request: Start): { message: PackedStart; transfer: Transferable[] } {
	const { actors, ties } = request;
	const ids = actors.map((actor) => actor.id);
	const radii = new Float64Array(actors.length);
	const indexOf = new Map<string, number>();
	actors.forEach((actor, i) => {
		radii[i] = actor.radius;
		indexOf.set(actor.id, i);
	});
	const packed = new Int32Array(ties.length * 2);
	ties.forEach((tie, i) => {
		packed[2 * i] = indexOf.get(tie.source) ?? -1;
		packed[2 * i + 1] = indexOf.get(tie.target) ?? -1;
	});
	const message: PackedStart = {
		kind: 'start-packed',
		ids,
		radii,
		ties: packed,
		seed: request.seed
	};
	if (request.from) message.from = request.from;
	return { message, transfer: [radii.buffer, packed.buffer] };
}

/**
 * The start request again, as the engine takes it. A tie whose end is no
 * actor of the request (none in a checked graph) is left out: the layout
 * could not place it.
 */
export function unpackStart(message: PackedStart): Start {
	const actors: LayoutActor[] = message.ids.map((id, i) => ({ id, radius: message.radii[i] }));
	const ties: LayoutTie[] = [];
	for (let i = 0; i < message.ties.length; i += 2) {
		const source = message.ids[message.ties[i]];
		const target = message.ids[message.ties[i + 1]];
		if (source !== undefined && target !== undefined) ties.push({ source, target });
	}
	const start: Start = { kind: 'start', actors, ties, seed: message.seed };
	if (message.from) start.from = message.from;
	return start;
}
