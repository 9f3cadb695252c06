import { RELATION_SIZES } from '$lib/stage/visual-constants';

/**
 * What a large graph shows at a given zoom. Drawing every label, arrow and
 * badge of 5,000 actors costs more than a frame and reads as noise; these
 * rules keep what is legible at the current scale.
 */
export interface Detail {
	/** Actors' names below their circles (those that fit without overlapping). */
	names: boolean;
	/** Short codes inside the circles. */
	codes: boolean;
	/** Arrowheads and bars at the ends of directed relations. */
	ends: boolean;
	/** "?" and "×" badges of alleged and denied relations. */
	badges: boolean;
	/** Dash patterns and double lines; at a distance every line is drawn plain. */
	patterns: boolean;
	/** The most names drawn in one frame. */
	maxNames: number;
	/** Actors drawn as plain squares rather than outlined circles: too many on screen to tell apart. */
	specks: boolean;
	/**
	 * Lines thinner on screen than HAIRLINE_UNDER drawn one device pixel wide,
	 * their weight kept in their opacity: the browser draws such hairlines
	 * five to ten times faster than wider strokes, and the difference cannot be
	 * seen in motion or among thousands of lines.
	 */
	hairlines: boolean;
}

/** Lines narrower than this many device pixels may be drawn as hairlines (see Detail.hairlines). */
export const HAIRLINE_UNDER = 1.6;

/** Screen sizes, in CSS pixels, from which each detail is worth drawing. */
export const DETAIL_THRESHOLDS = {
	/** An actor's circle radius on screen from which its name is drawn. */
	nameRadius: 5,
	/** Radius from which the code fits inside the circle. */
	codeRadius: 13,
	/** Arrowhead length on screen from which ends are drawn. */
	endLength: 5,
	/** Badge radius on screen from which badges are drawn. */
	badgeRadius: 5
};

/** The detail to draw at zoom `k`, for an actor of typical radius `radius`. */
export function detailAt(k: number, radius: number, relationCount: number): Detail {
	return {
		names: radius * k >= DETAIL_THRESHOLDS.nameRadius,
		codes: radius * k >= DETAIL_THRESHOLDS.codeRadius,
		ends: RELATION_SIZES.arrowLength * k >= DETAIL_THRESHOLDS.endLength,
		badges: RELATION_SIZES.badgeRadius * k >= DETAIL_THRESHOLDS.badgeRadius,
		patterns: k >= 0.35 || relationCount < 500,
		maxNames: 400,
		specks: false,
		hairlines: false
	};
}

/** Beyond this many relations on screen, their ends, badges and patterns are left out. */
export const MOST_DETAILED_RELATIONS = 4000;
/**
 * Beyond this many actors on screen, codes are left out: no more circles of
 * a code's size fit on a large screen without covering each other.
 */
export const MOST_CODED_ACTORS = 1500;
/** Beyond this many actors on screen, they are drawn as specks: outlined circles would merge into one another. */
export const MOST_ROUND_ACTORS = 5000;

/**
 * The detail of `detail` that a crowded screen can still show: with
 * `relations` and `actors` on screen, the marks that would only cover each
 * other are left out. A layout's first frames, with every actor packed in a
 * few places, are the crowded screens this is for.
 */
export function crowdedDetail(detail: Detail, relations: number, actors: number): Detail {
	const busy = relations > MOST_DETAILED_RELATIONS;
	return {
		...detail,
		ends: detail.ends && !busy,
		badges: detail.badges && !busy,
		patterns: detail.patterns && !busy,
		codes: detail.codes && actors <= MOST_CODED_ACTORS,
		specks: detail.specks || actors > MOST_ROUND_ACTORS,
		hairlines: detail.hairlines || busy
	};
}

/**
 * The detail of `detail` worth drawing while a layout still moves: each of
 * its pictures is replaced a few frames later, and its ends, badges, dash
 * patterns and codes would cost most of the drawing's time for marks that
 * cannot be read in motion. Lines stay in their type's colour, and names
 * where they fit; the settled layout is drawn in full detail.
 */
export function movingDetail(detail: Detail): Detail {
	return { ...detail, ends: false, badges: false, patterns: false, codes: false, hairlines: true };
}

/**
 * The detail of the picture where a layout starts, before it has moved: its
 * actors packed in a spiral, each to leave its place within a few frames.
 * Lines and circles only: names placed there would only jump away, and they
 * cost a large network's first picture a third of its time.
 */
export function startingDetail(detail: Detail): Detail {
	return { ...movingDetail(detail), names: false };
}

/** Where a name would be drawn on screen. */
export interface NameBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Places in an ordering key: the place takes its low bits, the priority the rest. */
const PLACES = 2 ** 22;
/** Priorities are whole numbers below this. */
const PRIORITIES = 2 ** 31;

/**
 * The positions of `priorities`, the highest first (in their own order where
 * equal). Each is packed with its place into one number and the numbers sorted
 * as numbers, natively: 20,000 names on screen are ordered in a millisecond,
 * where sorting by a comparison function took tens before the browser had
 * compiled it.
 */
export function byImportance(priorities: ArrayLike<number>): number[] {
	const count = priorities.length;
	if (count >= PLACES) {
		return Array.from({ length: count }, (_, i) => i).sort(
			(a, b) => priorities[b] - priorities[a] || a - b
		);
	}
	const keys = new Float64Array(count);
	for (let i = 0; i < count; i++) {
		const priority = Math.min(Math.max(Math.round(priorities[i]), 0), PRIORITIES - 1);
		keys[i] = (PRIORITIES - 1 - priority) * PLACES + i;
	}
	keys.sort();
	const order = new Array<number>(count);
	for (let i = 0; i < count; i++) order[i] = keys[i] % PLACES;
	return order;
}

/**
 * The names placed on a screen so far, one at a time, so that a drawing can
 * place and draw names in steps: a name is placed where it lies on screen and
 * overlaps none placed before, up to `max`. A grid of cells keeps the overlap
 * test cheap for thousands of candidates.
 */
export class NamePlaces {
	private static readonly CELL = 64;
	private readonly grid = new Map<number, NameBox[]>();
	private readonly columns: number;
	private count = 0;

	constructor(
		private readonly viewport: { width: number; height: number },
		private readonly max: number
	) {
		this.columns = Math.ceil(viewport.width / NamePlaces.CELL) + 2;
	}

	/** Whether as many names as may be drawn are placed. */
	get full(): boolean {
		return this.count >= this.max;
	}

	/** Places the name if there is room for it; returns whether it was placed. */
	place(box: NameBox): boolean {
		if (this.full || !onScreen(box, this.viewport)) return false;
		const cells = cellsOf(box, NamePlaces.CELL, this.columns);
		for (const key of cells) {
			const others = this.grid.get(key);
			if (others?.some((other) => overlaps(box, other))) return false;
		}
		for (const key of cells) {
			const list = this.grid.get(key);
			if (list) list.push(box);
			else this.grid.set(key, [box]);
		}
		this.count += 1;
		return true;
	}
}

function onScreen(box: NameBox, viewport: { width: number; height: number }): boolean {
	return (
		box.x + box.width > 0 &&
		box.y + box.height > 0 &&
		box.x < viewport.width &&
		box.y < viewport.height
	);
}

function overlaps(a: NameBox, b: NameBox): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function cellsOf(box: NameBox, cell: number, columns: number): number[] {
	const keys: number[] = [];
	const x0 = Math.floor(box.x / cell) + 1;
	const x1 = Math.floor((box.x + box.width) / cell) + 1;
	const y0 = Math.floor(box.y / cell) + 1;
	const y1 = Math.floor((box.y + box.height) / cell) + 1;
	for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) keys.push(y * columns + x);
	return keys;
}
