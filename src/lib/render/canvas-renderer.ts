import type { Camera } from '$lib/layout/camera';
import { GEOMETRY_STRIDE } from '$lib/stage/relation-geometry';
import type { RelationStyle } from '$lib/stage/relation-style';
import type { Palette } from '$lib/stage/visual-constants';
import { drawActorsInSteps, drawCodesInSteps, drawNamesInSteps } from './canvas-actors';
import { drawAtOnce, DrawingPace, StepTally, type DrawingSteps } from './drawing-pace';
import { haloRelation, lineCost, strokedAsHairlines, strokeRelations } from './canvas-relations';
import type { PlacedScene } from './canvas-scene';
import { crowdedDetail, type Detail } from './level-of-detail';

/** What to draw, besides the scene: where the camera is, what is legible, and what the pointer is on. */
export interface CanvasView {
	camera: Camera;
	width: number;
	height: number;
	/** Device pixels per CSS pixel. */
	ratio: number;
	detail: Detail;
	palette: Palette;
	/** The actor the keyboard is on, and what the pointer is over (indices into the look); -1 for none. */
	focusedActor: number;
	hoveredActor: number;
	hoveredRelation: number;
	/** The width of an actor's name at the name's size, by its index in the look: measured when first asked. */
	nameWidth: (actor: number) => number;
	/** What colleagues have selected, by index in the look, each in its colleague's colour. */
	colleagues?: { actors: ReadonlyMap<number, string>; relations: ReadonlyMap<number, string> };
	/**
	 * The selection and what it touches (the actors not faded) are drawn as elements over the
	 * canvas, names and all: the canvas keeps their names' places clear but leaves the words to
	 * the elements, which would otherwise stand over a second copy.
	 */
	namedAbove?: boolean;
}

/** The thinnest a line may get on screen, in CSS pixels, however far the camera zooms out. */
export const THINNEST = 0.75;

/**
 * Draws a placed scene on a canvas: the stage's look — colours, patterns,
 * ends, badges, emphasis — in a few batched strokes, relations grouped by
 * style, actors by fill, names only where they fit. It decides nothing of
 * the look itself; it only leaves out what is too small to read (`detail`).
 */
export function drawGraph(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	view: CanvasView
): void {
	drawAtOnce(drawGraphInSteps(context, placed, view));
}

/**
 * Relations looked at and sorted into batches in one step, before any is
 * drawn: a millisecond's work, and fifteen before the code is compiled.
 */
const SORTED_PER_STEP = 2_500;

/*
 * The loops over every relation are plain functions, not the drawing generator's own: the
 * browser compiles each once, where a loop inside a generator that yields was compiled
 * afresh several times in a large network's layout, up to 100 ms a time on a busy processor.
 */

/**
 * Sorts relations `from` to `to` that are drawn (this fading) and in `box` into `groups`, one
 * per style; returns how many it sorted.
 */
function sortIntoBatches(
	placed: PlacedScene,
	box: Box,
	faded: boolean,
	groups: Map<RelationStyle, number[]>,
	from: number,
	to: number
): number {
	const { relations } = placed.scene.look;
	let sorted = 0;
	for (let r = from; r < Math.min(to, relations.length); r++) {
		const relation = relations[r];
		if (relation.opacity === 0 || relation.opacity < 1 !== faded) continue;
		if (!inBox(placed.geometry, r, box)) continue;
		sorted += 1;
		const group = groups.get(relation.style);
		if (group) group.push(r);
		else groups.set(relation.style, [r]);
	}
	return sorted;
}

/**
 * Where the lines of `members` from `from` on that fit in `room` end, and their cost, each
 * counted at its length on screen.
 */
function linesThatFit(
	placed: PlacedScene,
	members: number[],
	from: number,
	room: number,
	k: number
): { to: number; cost: number } {
	let to = from;
	let cost = 0;
	while (to < members.length && cost < room) cost += lineCost(placed.geometry, members[to++], k);
	return { to, cost };
}

/** Halos around the relations the analyst selected. */
function haloSelected(context: CanvasRenderingContext2D, placed: PlacedScene, view: CanvasView) {
	const { relations } = placed.scene.look;
	for (let r = 0; r < relations.length; r++) {
		if (relations[r].emphasis === 'selected') haloRelation(context, placed, r, view);
	}
}

/**
 * The drawing of `drawGraph` in steps, yielding what each step drew: as many
 * relations, actors or labels as `pace` says fit a step. A caller that runs a
 * few steps an animation frame, and tells `pace` how long they took, never
 * holds the page for long.
 */
export function* drawGraphInSteps(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	view: CanvasView,
	pace: DrawingPace = new DrawingPace()
): DrawingSteps {
	const { camera, ratio, palette } = view;
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.fillStyle = palette.canvas;
	context.fillRect(0, 0, view.width, view.height);
	context.setTransform(
		ratio * camera.k,
		0,
		0,
		ratio * camera.k,
		ratio * camera.x,
		ratio * camera.y
	);

	const box = visibleBox(view);
	const { relations } = placed.scene.look;
	// Faded relations first, then the others over them; in each, one batch per style.
	const batches: { faded: boolean; groups: Map<RelationStyle, number[]> }[] = [];
	let shown = 0;
	for (const faded of [true, false]) {
		const groups = new Map<RelationStyle, number[]>();
		// Sorting tens of thousands of relations into batches takes steps of its own.
		for (let r = 0; r < relations.length; r += SORTED_PER_STEP) {
			if (r > 0) yield;
			shown += sortIntoBatches(placed, box, faded, groups, r, r + SORTED_PER_STEP);
		}
		batches.push({ faded, groups });
	}
	// Thousands of relations on screen at once draw over each other: their ends, badges and
	// patterns could not be told apart, and would cost many frames' time.
	const detail = crowdedDetail(view.detail, shown, countActorsIn(placed, box));
	const seen = { ...view, detail };
	const wide = detail.ends || detail.badges || detail.patterns ? 'detailed lines' : 'plain lines';
	if (shown > pace.size(wide)) yield;
	// Each style's lines are counted as what they cost: hairlines, or wider strokes.
	const tallies = { hairlines: new StepTally(pace, 'hairlines'), wide: new StepTally(pace, wide) };
	let stroked = tallies.wide;
	for (const { faded, groups } of batches)
		for (const [style, members] of groups) {
			const tally = strokedAsHairlines(style, seen) ? tallies.hairlines : tallies.wide;
			if (tally !== stroked) {
				const rest = stroked.rest();
				if (rest) yield rest;
				stroked = tally;
			}
			const strength = faded ? relations[members[0]].opacity : 1;
			for (let from = 0; from < members.length;) {
				// As many lines as the step has room for, each counted at its length on screen.
				const { to, cost } = linesThatFit(placed, members, from, stroked.room, camera.k);
				const part = from === 0 && to === members.length ? members : members.slice(from, to);
				strokeRelations(context, placed, part, style, strength, seen);
				from = to;
				const step = stroked.add(cost);
				if (step) yield step;
			}
		}
	const last = stroked.rest();
	if (last) yield last;
	haloSelected(context, placed, seen);
	if (view.hoveredRelation >= 0) haloRelation(context, placed, view.hoveredRelation, seen);
	for (const [r, colour] of view.colleagues?.relations ?? [])
		haloRelation(context, placed, r, seen, colour);

	yield* drawActorsInSteps(context, placed, seen, box, pace);
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	if (detail.codes) yield* drawCodesInSteps(context, placed, seen, box, pace);
	if (detail.names) yield* drawNamesInSteps(context, placed, seen, pace);
	context.globalAlpha = 1;
}

/** The part of the graph on screen, with a margin, in graph units. */
export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

function visibleBox({ camera, width, height }: CanvasView): Box {
	const margin = 40 / camera.k;
	return {
		x0: -camera.x / camera.k - margin,
		y0: -camera.y / camera.k - margin,
		x1: (width - camera.x) / camera.k + margin,
		y1: (height - camera.y) / camera.k + margin
	};
}

/** Whether a relation's curve (its ends and control point bound it) may show in the box. */
function inBox(geometry: Float64Array, r: number, box: Box): boolean {
	const at = r * GEOMETRY_STRIDE;
	// Read one by one: an array of six, made for every relation of every drawing, was garbage.
	const ax = geometry[at];
	const ay = geometry[at + 1];
	const cx = geometry[at + 2];
	const cy = geometry[at + 3];
	const bx = geometry[at + 4];
	const by = geometry[at + 5];
	return !(
		(ax < box.x0 && cx < box.x0 && bx < box.x0) ||
		(ax > box.x1 && cx > box.x1 && bx > box.x1) ||
		(ay < box.y0 && cy < box.y0 && by < box.y0) ||
		(ay > box.y1 && cy > box.y1 && by > box.y1)
	);
}

/** How many actors stand in the box. */
function countActorsIn(placed: PlacedScene, box: Box): number {
	const { actorSlots } = placed.scene;
	const { xy } = placed;
	let count = 0;
	for (let i = 0; i < actorSlots.length; i++) {
		const slot = actorSlots[i];
		if (slot < 0) continue;
		const x = xy[2 * slot];
		const y = xy[2 * slot + 1];
		if (x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1) count += 1;
	}
	return count;
}
