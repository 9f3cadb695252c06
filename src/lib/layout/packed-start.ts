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

type Packed = { message: PackedStart; transfer: Transferable[] };

/**
 * How many actors, or ties, are packed at a time between two pauses of packStart: a few
 * milliseconds' work. Slices of 10,000 took 12-15 ms, and up to 52 beside the running layout.
 */
const SLICE = 2500;

/**
 * The request packed, and the arrays to hand over with it: a slice of actors
 * or ties at a time, the page's thread let go between slices (`pause`, the
 * next task by default). Packed in one go, the 80,000 actors and ties of a
 * 20,000-actor network held the page for 27 ms, and up to 100 ms on a busy
 * machine.
 */
export async function packStart(
	request: Start,
	pause: () => Promise<void> = nextTask
): Promise<Packed> {
	const { actors, ties } = request;
	const ids = new Array<string>(actors.length);
	const radii = new Float64Array(actors.length);
	const indexOf = new Map<string, number>();
	for (let i = 0; i < actors.length; i++) {
		if (i > 0 && i % SLICE === 0) await pause();
		ids[i] = actors[i].id;
		radii[i] = actors[i].radius;
		indexOf.set(actors[i].id, i);
	}
	const packed = new Int32Array(ties.length * 2);
	for (let i = 0; i < ties.length; i++) {
		if (i % SLICE === 0) await pause();
		packed[2 * i] = indexOf.get(ties[i].source) ?? -1;
		packed[2 * i + 1] = indexOf.get(ties[i].target) ?? -1;
	}
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

/** The next task: a message to itself, which the browser does not hold back as it does nested timers (4 ms each). */
function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
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
