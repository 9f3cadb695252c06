import type { LayoutActor, LayoutTie } from './force-simulation';

/**
 * Messages between the page and the layout worker. Positions travel as one
 * flat array (x, y per actor, in the order of `ids`) that is handed over, not
 * copied, so a frame of 5,000 actors costs the page next to nothing.
 */
export type LayoutRequest =
	| {
			kind: 'start';
			actors: LayoutActor[];
			ties: LayoutTie[];
			seed: number;
			/** Where to start from (x, y per actor in id order) instead of the seeded spiral, and how hot. */
			from?: { positions: Float64Array; alpha: number };
	  }
	/** Keeps the layout moving (alphaTarget > 0), or lets it cool and settle (0). */
	| { kind: 'heat'; alphaTarget: number }
	/**
	 * Rests between two steps, answering `held`, until `release`: the page has a heavy task of
	 * its own to run (making a drawing canvas ready), which the layout would otherwise take a
	 * processor from.
	 */
	| { kind: 'hold' }
	| { kind: 'release' }
	| { kind: 'stop' };

export type LayoutReport =
	/** The order of actors in every frame's positions. Sent once, before the first frame. */
	| { kind: 'ready'; ids: string[] }
	/** Resting, as `hold` asked, until `release`. */
	| { kind: 'held' }
	| {
			kind: 'frame';
			/** x0, y0, x1, y1, … in the order of `ids`. */
			positions: Float64Array;
			alpha: number;
			/** Ticks run since the start. */
			ticks: number;
			/** Share of the layout done, 0 to 1. */
			progress: number;
			/** Whether the layout has cooled below alphaMin and stopped. */
			settled: boolean;
	  };
