import type { Camera } from '$lib/layout/camera';
import { ACTOR_SIZES } from '$lib/stage/visual-constants';
import { CODE_FONT, NAME_FONT } from './canvas-fonts';
import { THINNEST, type Box, type CanvasView } from './canvas-renderer';
import type { PlacedScene } from './canvas-scene';
import { DrawingPace, StepTally, type DrawingSteps } from './drawing-pace';
import { byImportance, NamePlaces } from './level-of-detail';

/**
 * Actors on a canvas, as the stage gives them: circles batched by fill (or
 * squares, when they are specks), rings, codes inside the circles and names
 * below them, only where they fit.
 */

/** How far beside the screen an actor's name may start and still show: half the longest name drawn. */
const NAME_REACH = 200;
/** Names that do not fit, weighed in one step: a few milliseconds' work. */
const WEIGHED_PER_STEP = 250;

/** The actors, yielding after as many as `pace` says fit a step. */
export function* drawActorsInSteps(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	view: CanvasView,
	box: Box,
	pace: DrawingPace = new DrawingPace()
): DrawingSteps {
	const { palette, camera } = view;
	const { actors } = placed.scene.look;
	const { actorSlots } = placed.scene;
	const { xy } = placed;
	// Circles a few pixels across read the same as squares, which cost far less to fill;
	// so do thousands of circles packed on one screen.
	const specks = actors.length > 0 && (actors[0].radius * camera.k < 2.5 || view.detail.specks);
	const traced = new StepTally(pace, specks ? 'specks' : 'circles');
	for (const faded of [true, false]) {
		for (const fill of ['actor', 'organization'] as const) {
			let opacity = 1;
			const paint = () => {
				context.globalAlpha = opacity;
				context.fillStyle = specks
					? palette.ink
					: fill === 'organization'
						? palette.organizationFill
						: palette.actorFill;
				context.fill();
				if (specks) return;
				context.strokeStyle = palette.ink;
				context.lineWidth = Math.max(ACTOR_SIZES.outline, THINNEST / camera.k);
				context.stroke();
			};
			context.beginPath();
			for (let i = 0; i < actors.length;) {
				const part = traceActors(
					context,
					placed,
					box,
					camera.k,
					specks,
					fill,
					faded,
					i,
					traced.room
				);
				i = part.next;
				opacity = part.opacity ?? opacity;
				const step = traced.add(part.cost);
				if (step) {
					paint();
					yield step;
					context.beginPath();
				}
			}
			paint();
		}
	}
	const last = traced.rest();
	if (last) yield last;
	context.globalAlpha = 1;
	const rings = new Set([view.hoveredActor, view.focusedActor]);
	actors.forEach((actor, i) => {
		if (actor.emphasis === 'selected') rings.add(i);
	});
	const ring = (i: number, colour: string, width: number, gap: number = ACTOR_SIZES.ringGap) => {
		if (i < 0 || actorSlots[i] < 0) return;
		const slot = actorSlots[i];
		context.beginPath();
		context.arc(xy[2 * slot], xy[2 * slot + 1], actors[i].radius + gap, 0, 2 * Math.PI);
		context.strokeStyle = colour;
		context.lineWidth = width / camera.k;
		context.stroke();
	};
	for (const i of rings) {
		const strong = i !== view.hoveredActor || actors[i]?.emphasis === 'selected';
		ring(i, palette.ink, strong ? ACTOR_SIZES.ringWidth : ACTOR_SIZES.ringWidth / 2);
	}
	// A colleague's selection: a ring in their colour, outside the analyst's own,
	// on the canvas's own colour, so that lines of a like colour beneath do not hide it.
	const gap = ACTOR_SIZES.ringGap + 2 * ACTOR_SIZES.ringWidth;
	for (const [i, colour] of view.colleagues?.actors ?? []) {
		ring(i, palette.canvas, 3 * ACTOR_SIZES.ringWidth, gap);
		ring(i, colour, 1.5 * ACTOR_SIZES.ringWidth, gap);
	}
}

/**
 * Adds to the path the actors from `from` on that have this fill and fading and are in
 * `box`, as squares (`specks`) or circles, until their cost reaches `room`; returns the
 * index to go on from, their cost and the last one's opacity. A plain loop, not the
 * generator's own: the browser compiles it once, where a loop in a generator that
 * yields from inside it was compiled afresh, 100 ms on a busy processor, several times
 * in a large network's layout.
 */
function traceActors(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	box: Box,
	k: number,
	specks: boolean,
	fill: 'actor' | 'organization',
	faded: boolean,
	from: number,
	room: number
): { next: number; cost: number; opacity: number | undefined } {
	const { actors } = placed.scene.look;
	const { actorSlots } = placed.scene;
	const { xy } = placed;
	let cost = 0;
	let opacity: number | undefined;
	let i = from;
	while (i < actors.length && cost < room) {
		const actor = actors[i];
		const slot = actorSlots[i];
		i += 1;
		if (slot < 0 || actor.fill !== fill || actor.opacity === 0) continue;
		if (actor.opacity < 1 !== faded) continue;
		const x = xy[2 * slot];
		const y = xy[2 * slot + 1];
		if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) continue;
		opacity = actor.opacity;
		if (specks) {
			const side = Math.max(actor.radius, 1.2 / k);
			context.rect(x - side, y - side, 2 * side, 2 * side);
		} else {
			context.moveTo(x + actor.radius, y);
			context.arc(x, y, actor.radius, 0, 2 * Math.PI);
		}
		cost += specks ? 1 : circleCost(actor.radius * k);
	}
	return { next: i, cost, opacity };
}

/** The codes inside the circles on screen, yielding after as many as `pace` says fit a step. */
export function* drawCodesInSteps(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	view: CanvasView,
	box: Box,
	pace: DrawingPace = new DrawingPace()
): DrawingSteps {
	const { camera, palette } = view;
	const { actors } = placed.scene.look;
	context.font = CODE_FONT;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.fillStyle = palette.ink;
	const written = new StepTally(pace, 'labels');
	for (let i = 0; i < actors.length; i++) {
		const slot = placed.scene.actorSlots[i];
		if (slot < 0 || actors[i].opacity === 0) continue;
		const x = placed.xy[2 * slot];
		const y = placed.xy[2 * slot + 1];
		if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) continue;
		context.globalAlpha = actors[i].opacity;
		context.fillText(actors[i].code, x * camera.k + camera.x, y * camera.k + camera.y + 0.5);
		const step = written.addText(CODE_FONT);
		if (step) yield step;
	}
	context.globalAlpha = 1;
	const last = written.rest();
	if (last) yield last;
}

/** Actors looked at for a name in one step: about a millisecond's work. */
const LOOKED_AT_PER_STEP = 5_000;

/**
 * Adds to `onScreen` the actors from `from` to `to` whose names may show: drawn, and
 * standing on screen or near enough that a name below them may reach it. A plain
 * loop, not the generator's own (see `traceActors`).
 */
function actorsNamedOnScreen(
	placed: PlacedScene,
	view: CanvasView,
	from: number,
	to: number,
	onScreen: number[]
): void {
	const { actors } = placed.scene.look;
	const { actorSlots } = placed.scene;
	const { xy } = placed;
	const { camera } = view;
	for (let i = from; i < Math.min(to, actors.length); i++) {
		const actor = actors[i];
		const slot = actorSlots[i];
		if (slot < 0 || actor.opacity === 0) continue;
		const x = nameCentre(xy, camera, slot);
		const baseline = nameBaseline(xy, camera, slot, actor.radius);
		if (
			baseline < 0 ||
			baseline - NAME_HEIGHT > view.height ||
			x < -NAME_REACH ||
			x > view.width + NAME_REACH
		)
			continue;
		onScreen.push(i);
	}
}

/** A name's height on screen, its halo included. */
const NAME_HEIGHT = ACTOR_SIZES.nameSize + ACTOR_SIZES.nameHalo;

/** Where on screen the name of the actor in `slot` is centred across. */
function nameCentre(xy: PlacedScene['xy'], camera: Camera, slot: number): number {
	return xy[2 * slot] * camera.k + camera.x;
}

/** Where on screen the name of the actor in `slot` stands: below the circle, as in the SVG drawing at zoom 1. */
function nameBaseline(xy: PlacedScene['xy'], camera: Camera, slot: number, radius: number): number {
	return (xy[2 * slot + 1] + radius) * camera.k + camera.y + ACTOR_SIZES.nameBaseline;
}

/** How much each actor's name matters: the selection first, then drawn whole, then well connected. */
function namePriorities(placed: PlacedScene, view: CanvasView, onScreen: number[]): Float64Array {
	const { actors } = placed.scene.look;
	const priorities = new Float64Array(onScreen.length);
	for (let c = 0; c < onScreen.length; c++) {
		const i = onScreen[c];
		const actor = actors[i];
		const chosen =
			actor.emphasis === 'selected' || i === view.focusedActor || i === view.hoveredActor;
		priorities[c] = (chosen ? 1e9 : 0) + (actor.opacity === 1 ? 1e6 : 0) + actor.degree;
	}
	return priorities;
}

/**
 * The names that fit below the actors on screen, with a halo, yielding after as
 * many as `pace` says fit a step: text is what a canvas draws slowest. The
 * actors on screen are found a step's worth at a time, and only the names
 * weighed for a place are measured: a zoomed-in view of 20,000 actors names a
 * few hundred, and measuring every name on screen at once, the first time, was
 * a step of 30 to 66 ms.
 */
export function* drawNamesInSteps(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	view: CanvasView,
	pace: DrawingPace = new DrawingPace()
): DrawingSteps {
	const { palette } = view;
	const { actors } = placed.scene.look;
	const onScreen: number[] = [];
	for (let from = 0; from < actors.length; from += LOOKED_AT_PER_STEP) {
		actorsNamedOnScreen(placed, view, from, from + LOOKED_AT_PER_STEP, onScreen);
		yield;
	}
	const order = byImportance(namePriorities(placed, view, onScreen));
	const places = new NamePlaces(view, view.detail.maxNames);
	context.font = NAME_FONT;
	context.textAlign = 'center';
	context.textBaseline = 'alphabetic';
	context.lineJoin = 'round';
	context.lineWidth = ACTOR_SIZES.nameHalo;
	context.strokeStyle = palette.canvas;
	context.fillStyle = palette.ink;
	const written = new StepTally(pace, 'labels');
	let weighed = 0;
	for (const c of order) {
		if (places.full) break;
		const i = onScreen[c];
		const actor = actors[i];
		const slot = placed.scene.actorSlots[i];
		const width = view.nameWidth(i) + ACTOR_SIZES.nameHalo * 2;
		const x = nameCentre(placed.xy, view.camera, slot);
		const baseline = nameBaseline(placed.xy, view.camera, slot, actor.radius);
		const box = {
			x: x - width / 2,
			y: baseline - ACTOR_SIZES.nameSize,
			width,
			height: NAME_HEIGHT
		};
		if (!places.place(box)) {
			// Thousands of names that do not fit are weighed in steps too.
			if (++weighed % WEIGHED_PER_STEP === 0) yield written.rest();
			continue;
		}
		if (view.namedAbove && actor.emphasis !== 'faded') continue;
		context.globalAlpha = actor.opacity;
		context.strokeText(actor.name, x, baseline);
		context.fillText(actor.name, x, baseline);
		const step = written.addText(NAME_FONT);
		if (step) yield step;
	}
	context.globalAlpha = 1;
	const last = written.rest();
	if (last) yield last;
}

/**
 * What an outlined circle of this radius on screen costs to draw, in circles
 * of a few pixels: its outline grows with the radius and its fill with the
 * square (250 circles of radius 5.5 px took 12 ms, 140 of 13.6 px 15 ms), so a
 * step of circles takes as long when the camera comes close.
 */
export function circleCost(radius: number): number {
	return 1 + (radius / 10) ** 2;
}
