import { forceLayout } from '$lib/layout/force-layout';
import { spiralStart } from '$lib/layout/spiral-start';
import { seededRandom } from '$lib/layout/seeded-random';
import type { LayoutActor, LayoutTie } from '$lib/layout/force-simulation';
import { connectLayout, type LayoutClient } from '$lib/layout/layout-client';
import type { LayoutReport, LayoutRequest } from '$lib/layout/layout-protocol';
import type { Point } from '$lib/layout/point';

export interface LayoutInput {
	actors: LayoutActor[];
	ties: LayoutTie[];
	seed: number;
}

/**
 * A graph's layout as the page sees it. A small graph is laid out at once, so
 * its first picture is the settled one; a large one runs in a worker and
 * arrives frame by frame, with its progress, while the page stays responsive.
 * Renderers read the raw positions (`xy`, `frame`) on every animation frame;
 * the rest of the page reads `places`, which changes only when it must.
 */
export class LiveLayout {
	/** Actor ids in the order of `xy`: sorted, as the layout engine sorts them. */
	readonly ids: string[];
	readonly indexOf: ReadonlyMap<string, number>;
	/** x, y per actor, updated in place of each new frame. Not reactive: renderers poll `frame`. */
	xy: Float64Array;
	/** Counts the frames received; a renderer redraws when it differs from what it drew. */
	frame = 0;
	/** Share of the cooling done, 0 to 1. */
	progress = $state(1);
	settled = $state(true);
	/** Where each actor stands, for everything but the renderers. */
	places: ReadonlyMap<string, Point> = $state.raw(new Map());

	private client: LayoutClient | undefined;
	/** The worker's start, put off until the task that made this layout has ended. */
	private starting: ReturnType<typeof setTimeout> | undefined;
	/** Whether the first frame is where a live layout starts (see spiralStart). */
	private fromSpiral = false;
	private hot = false;
	private readonly reactiveFrames: boolean;
	/** Work waiting for the worker to rest, or to start (see `whileResting`). */
	private waiting: (() => void)[] = [];

	constructor(
		private readonly input: LayoutInput,
		options: { live: boolean; reactiveFrames: boolean }
	) {
		// Sorted by UTF-16 code units, as the engine sorts them: the default order, native and fast.
		this.ids = input.actors.map((actor) => actor.id).sort();
		const indexOf = new Map<string, number>();
		for (let i = 0; i < this.ids.length; i++) indexOf.set(this.ids[i], i);
		this.indexOf = indexOf;
		this.xy = new Float64Array(this.ids.length * 2);
		this.reactiveFrames = options.reactiveFrames;
		if (options.live && typeof window !== 'undefined') {
			this.settled = false;
			this.progress = 0;
			// The worker starts once the task that made this layout has ended. A first picture
			// drawn in that task (the canvas draws one as soon as it is mounted) then has the
			// processors to itself: a worker that starts beside it, loading its code and laying
			// out at full speed, took 15–30 ms from it at 1,000 actors on two cores.
			this.starting = setTimeout(() => this.start());
			// Drawn at once where the layout starts from, while the worker starts: a first picture
			// without waiting for it.
			this.xy = spiralStart(this.ids.length, seededRandom(input.seed));
			this.frame = 1;
			this.fromSpiral = true;
			this.places = this.placesFromFrame();
		} else {
			this.accept(forceLayout(input.actors, input.ties, { seed: input.seed }));
		}
	}

	/** Keeps the layout moving at `alphaTarget` (0.3 is lively), or lets it settle (0). */
	heat(alphaTarget: number): void {
		this.hot = alphaTarget > 0;
		if (this.starting !== undefined) this.start();
		if (!this.client) this.connect({ positions: new Float64Array(this.xy), alpha: alphaTarget });
		this.client!.send({ kind: 'heat', alphaTarget });
		if (this.hot) this.settled = false;
	}

	/** The positions are still where a live layout starts: none of its frames has come yet. */
	get atStart(): boolean {
		return this.fromSpiral && this.frame === 1;
	}

	/** Where an actor is in the latest frame. */
	placeOf(id: string): Point | undefined {
		const i = this.indexOf.get(id);
		return i === undefined ? undefined : { x: this.xy[2 * i], y: this.xy[2 * i + 1] };
	}

	/**
	 * Runs `work` in a task of its own, while the layout's worker rests if it is running: a
	 * heavy task of the page's (making a drawing canvas ready touches 3.7 MB of memory for the
	 * first time, 16–47 ms on this machine) took up to 73 ms beside the worker on two processors.
	 * The worker rests from the end of its current step (under 20 ms) until the work is done.
	 */
	whileResting(work: () => void): void {
		const before = this.starting !== undefined;
		if (!before && (!this.client || this.settled)) return void setTimeout(work);
		this.waiting.push(work);
		// Asked for before the worker has started: done first, and the worker started after it.
		if (before) {
			clearTimeout(this.starting);
			this.starting = setTimeout(() => this.beforeStart());
		} else if (this.waiting.length === 1) this.client!.send({ kind: 'hold' });
	}

	dispose(): void {
		clearTimeout(this.starting);
		this.starting = undefined;
		this.client?.dispose();
		this.client = undefined;
		// Work still waiting for a worker that is gone runs all the same.
		for (const work of this.waiting.splice(0)) setTimeout(work);
	}

	/** Starts the layout put off at construction, now. */
	private start(): void {
		clearTimeout(this.starting);
		this.starting = undefined;
		this.connect();
		// Started early (heated at once): the work that was to come first waits for a rest instead.
		if (this.waiting.length > 0) this.client!.send({ kind: 'hold' });
	}

	/** Runs the next work asked for before the start, in this task, and starts the worker in one after the last. */
	private beforeStart(): void {
		this.starting = undefined;
		const work = this.waiting.shift();
		if (!work) return this.start();
		this.starting = setTimeout(() => this.beforeStart());
		work();
	}

	private connect(from?: { positions: Float64Array; alpha: number }): void {
		// The worker runs the layout from the start request on, frames coming as they are ready.
		this.client = connectLayout((report) => this.receive(report));
		this.client.send({ kind: 'start', ...this.input, from } satisfies LayoutRequest);
	}

	private receive(report: LayoutReport): void {
		if (report.kind === 'held') {
			for (const work of this.waiting.splice(0)) work();
			this.client?.send({ kind: 'release' });
			return;
		}
		if (report.kind !== 'frame') return;
		this.xy = report.positions;
		this.frame += 1;
		if (report.settled) {
			this.settled = true;
			this.progress = 1;
			this.places = this.placesFromFrame();
		} else {
			if (!this.hot) this.progress = Math.min(0.99, report.progress);
			if (this.reactiveFrames || this.places.size === 0) this.places = this.placesFromFrame();
		}
	}

	private accept(places: Map<string, Point>): void {
		this.ids.forEach((id, i) => {
			const place = places.get(id)!;
			this.xy[2 * i] = place.x;
			this.xy[2 * i + 1] = place.y;
		});
		this.frame += 1;
		this.places = places;
	}

	private placesFromFrame(): Map<string, Point> {
		return new Map(this.ids.map((id, i) => [id, { x: this.xy[2 * i], y: this.xy[2 * i + 1] }]));
	}
}
