import type { Camera } from '$lib/layout/camera';
import { GEOMETRY_STRIDE } from '$lib/stage/relation-geometry';
import type { RelationStyle } from '$lib/stage/relation-style';
import {
	ACTOR_SIZES,
	FONT_STACK,
	OPACITY,
	RELATION_SIZES,
	type Palette
} from '$lib/stage/visual-constants';
import type { CanvasScene } from './canvas-scene';
import { placeNames, type Detail, type NameCandidate } from './level-of-detail';

/** A scene placed for one frame: positions by layout slot, and each relation's geometry. */
export interface PlacedScene {
	scene: CanvasScene;
	/** x, y per layout slot. */
	xy: ArrayLike<number>;
	/** GEOMETRY_STRIDE numbers per relation of the scene (`placeScene`). */
	geometry: Float64Array;
}

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
	/** Names' widths at the name's size, by actor of the look, measured once. */
	nameWidths: Float32Array;
}

const NAME_FONT = `${ACTOR_SIZES.nameWeight} ${ACTOR_SIZES.nameSize}px ${FONT_STACK}`;
const CODE_FONT = `${ACTOR_SIZES.codeWeight} ${ACTOR_SIZES.codeSize}px ${FONT_STACK}`;
const BADGE_FONT = `700 ${RELATION_SIZES.badgeFontSize}px ${FONT_STACK}`;
/** The thinnest a line may get on screen, in CSS pixels, however far the camera zooms out. */
const THINNEST = 0.75;

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
	for (const faded of [true, false]) {
		const groups = new Map<RelationStyle, number[]>();
		for (let r = 0; r < relations.length; r++) {
			const relation = relations[r];
			if (relation.opacity === 0 || relation.opacity < 1 !== faded) continue;
			if (!inBox(placed.geometry, r, box)) continue;
			const group = groups.get(relation.style);
			if (group) group.push(r);
			else groups.set(relation.style, [r]);
		}
		for (const [style, members] of groups) {
			const strength = faded ? relations[members[0]].opacity : 1;
			strokeRelations(context, placed, members, style, strength, view);
		}
	}
	for (let r = 0; r < relations.length; r++) {
		if (relations[r].emphasis === 'selected') haloRelation(context, placed, r, view);
	}
	if (view.hoveredRelation >= 0) haloRelation(context, placed, view.hoveredRelation, view);

	drawActors(context, placed, view, box);
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	if (view.detail.codes) drawCodes(context, placed, view, box);
	if (view.detail.names) drawNames(context, placed, view);
	context.globalAlpha = 1;
}

interface Box {
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
	const [ax, ay, cx, cy, bx, by] = [
		geometry[at],
		geometry[at + 1],
		geometry[at + 2],
		geometry[at + 3],
		geometry[at + 4],
		geometry[at + 5]
	];
	return !(
		(ax < box.x0 && cx < box.x0 && bx < box.x0) ||
		(ax > box.x1 && cx > box.x1 && bx > box.x1) ||
		(ay < box.y0 && cy < box.y0 && by < box.y0) ||
		(ay > box.y1 && cy > box.y1 && by > box.y1)
	);
}

function tracePaths(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	members: readonly number[]
): void {
	const { geometry } = placed;
	const { relations } = placed.scene.look;
	context.beginPath();
	for (const r of members) {
		const at = r * GEOMETRY_STRIDE;
		context.moveTo(geometry[at], geometry[at + 1]);
		if (relations[r].line.offset === 0) context.lineTo(geometry[at + 6], geometry[at + 7]);
		else
			context.quadraticCurveTo(
				geometry[at + 2],
				geometry[at + 3],
				geometry[at + 6],
				geometry[at + 7]
			);
	}
}

function strokeRelations(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	members: readonly number[],
	style: RelationStyle,
	strength: number,
	view: CanvasView
): void {
	const { detail, palette, camera } = view;
	const thinnest = THINNEST / camera.k;
	tracePaths(context, placed, members);
	context.globalAlpha = style.opacity * strength;
	context.strokeStyle = style.colour;
	context.lineWidth = Math.max(style.width, thinnest);
	context.setLineDash(detail.patterns && style.dash ? style.dash : []);
	context.stroke();
	context.setLineDash([]);
	if (detail.patterns && style.doubleCore !== undefined && style.doubleCore >= thinnest) {
		context.strokeStyle = palette.canvas;
		context.lineWidth = style.doubleCore;
		context.stroke();
	}
	if (detail.patterns && style.perforation) {
		context.globalAlpha = strength;
		context.strokeStyle = palette.canvas;
		context.lineWidth = style.perforation.width;
		context.setLineDash(style.perforation.dash);
		context.stroke();
		context.setLineDash([]);
	}
	if (detail.ends && style.ending !== 'none') drawEnds(context, placed, members, style, strength);
	if (detail.badges && style.badge) drawBadges(context, placed, members, style, strength, palette);
}

function drawEnds(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	members: readonly number[],
	style: RelationStyle,
	strength: number
): void {
	const { geometry } = placed;
	context.globalAlpha = style.opacity * strength;
	context.beginPath();
	for (const r of members) {
		const at = r * GEOMETRY_STRIDE;
		if (style.ending === 'arrow') {
			context.moveTo(geometry[at + 4], geometry[at + 5]);
			context.lineTo(geometry[at + 10], geometry[at + 11]);
			context.lineTo(geometry[at + 12], geometry[at + 13]);
			context.closePath();
		} else {
			context.moveTo(geometry[at + 10], geometry[at + 11]);
			context.lineTo(geometry[at + 12], geometry[at + 13]);
		}
	}
	if (style.ending === 'arrow') {
		context.fillStyle = style.colour;
		context.fill();
	} else {
		context.strokeStyle = style.colour;
		context.lineWidth = style.endWidth;
		context.stroke();
	}
}

function drawBadges(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	members: readonly number[],
	style: RelationStyle,
	strength: number,
	palette: Palette
): void {
	const { geometry } = placed;
	context.globalAlpha = strength;
	context.font = BADGE_FONT;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	for (const r of members) {
		const x = geometry[r * GEOMETRY_STRIDE + 8];
		const y = geometry[r * GEOMETRY_STRIDE + 9];
		context.beginPath();
		context.arc(x, y, RELATION_SIZES.badgeRadius, 0, 2 * Math.PI);
		context.fillStyle = palette.canvas;
		context.fill();
		context.lineWidth = RELATION_SIZES.badgeOutline;
		context.strokeStyle = style.colour;
		context.stroke();
		context.fillStyle = palette.ink;
		context.fillText(style.badge!, x, y + 0.5);
	}
}

/** The halo of a selected relation, or of the one under the pointer. */
function haloRelation(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	r: number,
	view: CanvasView
): void {
	const style = placed.scene.look.relations[r].style;
	tracePaths(context, placed, [r]);
	context.globalAlpha = OPACITY.halo;
	context.strokeStyle = view.palette.ink;
	context.lineWidth = style.width + RELATION_SIZES.haloExtraWidth / Math.max(view.camera.k, 0.5);
	context.stroke();
	context.globalAlpha = 1;
}

function drawActors(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	view: CanvasView,
	box: Box
): void {
	const { palette, camera } = view;
	const { actors } = placed.scene.look;
	const { actorSlots } = placed.scene;
	const { xy } = placed;
	// Circles a few pixels across read the same as squares, which cost far less to fill.
	const specks = actors.length > 0 && actors[0].radius * camera.k < 2.5;
	for (const faded of [true, false]) {
		for (const fill of ['actor', 'organization'] as const) {
			let opacity = 1;
			context.beginPath();
			for (let i = 0; i < actors.length; i++) {
				const actor = actors[i];
				const slot = actorSlots[i];
				if (slot < 0 || actor.fill !== fill || actor.opacity === 0) continue;
				if (actor.opacity < 1 !== faded) continue;
				opacity = actor.opacity;
				const x = xy[2 * slot];
				const y = xy[2 * slot + 1];
				if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) continue;
				if (specks) {
					const side = Math.max(actor.radius, 1.2 / camera.k);
					context.rect(x - side, y - side, 2 * side, 2 * side);
				} else {
					context.moveTo(x + actor.radius, y);
					context.arc(x, y, actor.radius, 0, 2 * Math.PI);
				}
			}
			context.globalAlpha = opacity;
			context.fillStyle = specks
				? palette.ink
				: fill === 'organization'
					? palette.organizationFill
					: palette.actorFill;
			context.fill();
			if (specks) continue;
			context.strokeStyle = palette.ink;
			context.lineWidth = Math.max(ACTOR_SIZES.outline, THINNEST / camera.k);
			context.stroke();
		}
	}
	context.globalAlpha = 1;
	const rings = new Set([view.hoveredActor, view.focusedActor]);
	actors.forEach((actor, i) => {
		if (actor.emphasis === 'selected') rings.add(i);
	});
	for (const i of rings) {
		if (i < 0 || actorSlots[i] < 0) continue;
		const slot = actorSlots[i];
		const strong = i !== view.hoveredActor || actors[i].emphasis === 'selected';
		context.beginPath();
		context.arc(
			xy[2 * slot],
			xy[2 * slot + 1],
			actors[i].radius + ACTOR_SIZES.ringGap,
			0,
			2 * Math.PI
		);
		context.strokeStyle = palette.ink;
		context.lineWidth = (strong ? ACTOR_SIZES.ringWidth : ACTOR_SIZES.ringWidth / 2) / camera.k;
		context.stroke();
	}
}

function drawCodes(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	view: CanvasView,
	box: Box
): void {
	const { camera, palette } = view;
	const { actors } = placed.scene.look;
	context.font = CODE_FONT;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.fillStyle = palette.ink;
	for (let i = 0; i < actors.length; i++) {
		const slot = placed.scene.actorSlots[i];
		if (slot < 0 || actors[i].opacity === 0) continue;
		const x = placed.xy[2 * slot];
		const y = placed.xy[2 * slot + 1];
		if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) continue;
		context.globalAlpha = actors[i].opacity;
		context.fillText(actors[i].code, x * camera.k + camera.x, y * camera.k + camera.y + 0.5);
	}
	context.globalAlpha = 1;
}

function drawNames(context: CanvasRenderingContext2D, placed: PlacedScene, view: CanvasView): void {
	const { camera, palette } = view;
	const { actors } = placed.scene.look;
	const special = new Set([view.focusedActor, view.hoveredActor]);
	const height = ACTOR_SIZES.nameSize + ACTOR_SIZES.nameHalo;
	const candidates: NameCandidate[] = actors.map((actor, i) => {
		const slot = placed.scene.actorSlots[i];
		const width = view.nameWidths[i] + ACTOR_SIZES.nameHalo * 2;
		const x = placed.xy[2 * slot] * camera.k + camera.x;
		// The baseline stands below the circle as in the SVG drawing at zoom 1.
		const baseline =
			(placed.xy[2 * slot + 1] + actor.radius) * camera.k + camera.y + ACTOR_SIZES.nameBaseline;
		const chosen = actor.emphasis === 'selected' || special.has(i);
		return {
			x: x - width / 2,
			y: baseline - ACTOR_SIZES.nameSize,
			width,
			height,
			priority:
				slot < 0 || actor.opacity === 0
					? -1
					: (chosen ? 1e9 : 0) + (actor.opacity === 1 ? 1e6 : 0) + actor.degree
		};
	});
	const placedNames = placeNames(candidates, view, view.detail.maxNames);
	context.font = NAME_FONT;
	context.textAlign = 'center';
	context.textBaseline = 'alphabetic';
	context.lineJoin = 'round';
	context.lineWidth = ACTOR_SIZES.nameHalo;
	context.strokeStyle = palette.canvas;
	context.fillStyle = palette.ink;
	for (const i of placedNames) {
		if (candidates[i].priority < 0) continue;
		const box = candidates[i];
		const x = box.x + box.width / 2;
		const y = box.y + ACTOR_SIZES.nameSize;
		context.globalAlpha = actors[i].opacity;
		context.strokeText(actors[i].name, x, y);
		context.fillText(actors[i].name, x, y);
	}
	context.globalAlpha = 1;
}
