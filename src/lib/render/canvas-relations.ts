import { GEOMETRY_STRIDE } from '$lib/stage/relation-geometry';
import { signRadius, type RelationStyle } from '$lib/stage/relation-style';
import { OPACITY, RELATION_SIZES, type Palette } from '$lib/stage/visual-constants';
import { THINNEST, type CanvasView } from './canvas-renderer';
import type { PlacedScene } from './canvas-scene';
import { BADGE_FONT } from './canvas-fonts';
import { HAIRLINE_UNDER } from './level-of-detail';

/**
 * Relations on a canvas, as the stage styles them: lines batched by style,
 * with their cores, perforations, ends and badges, and the halo of the one
 * selected or under the pointer.
 */

function tracePaths(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	members: readonly number[]
): void {
	context.beginPath();
	for (const r of members) tracePath(context, placed, r);
}

/**
 * Pixels of line that cost as much to draw as one line's own setting up (its
 * path, its edges): a line's cost grows with its length on screen, the
 * pixels the browser colours.
 */
const PIXELS_PER_LINE = 40;

/**
 * What drawing relation `r` costs, counted in short lines: one, and one more
 * for every PIXELS_PER_LINE of its length on screen at zoom `k`. As a
 * layout starts, its lines cross the whole screen and take ten times as long
 * as the short lines of the settled network; counted by number alone, a step
 * sized on the ones before would run several frames' time.
 */
export function lineCost(geometry: Float64Array, r: number, k: number): number {
	const at = r * GEOMETRY_STRIDE;
	// From the start to the tip: the curve's bend adds a little, not enough to count.
	const length = Math.hypot(geometry[at + 4] - geometry[at], geometry[at + 5] - geometry[at + 1]);
	return 1 + (length * k) / PIXELS_PER_LINE;
}

/** Adds relation `r`'s line to the path under way. */
function tracePath(context: CanvasRenderingContext2D, placed: PlacedScene, r: number): void {
	const { geometry } = placed;
	const at = r * GEOMETRY_STRIDE;
	context.moveTo(geometry[at], geometry[at + 1]);
	if (placed.scene.look.relations[r].line.offset === 0)
		context.lineTo(geometry[at + 6], geometry[at + 7]);
	else
		context.quadraticCurveTo(
			geometry[at + 2],
			geometry[at + 3],
			geometry[at + 6],
			geometry[at + 7]
		);
}

export function strokeRelations(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	members: readonly number[],
	style: RelationStyle,
	strength: number,
	view: CanvasView
): void {
	const { detail, palette, camera } = view;
	const thinnest = THINNEST / camera.k;
	const line = lineOnScreen(Math.max(style.width, thinnest), style.opacity * strength, view);
	context.globalAlpha = line.alpha;
	context.strokeStyle = style.colour;
	context.lineWidth = line.width;
	const patterned = detail.patterns && (style.dash || style.doubleCore || style.perforation);
	if (!patterned && line.width * camera.k * view.ratio >= 1) {
		// Plain lines wider than a pixel, stroked one by one: the browser strokes one long path of
		// many crossing lines several times slower, and each line drawn alone blends over the
		// others as the SVG's lines do.
		for (const r of members) {
			context.beginPath();
			tracePath(context, placed, r);
			context.stroke();
		}
	} else {
		tracePaths(context, placed, members);
		context.setLineDash(detail.patterns && style.dash ? style.dash : []);
		context.stroke();
		context.setLineDash([]);
	}
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
	if (detail.badges && style.badge !== undefined)
		drawBadges(context, placed, members, style, strength, palette);
}

/**
 * The width and opacity a line is stroked with: as styled, or, where the
 * view allows hairlines and the line is thin on screen anyway, one device
 * pixel wide with its opacity raised by its width (see Detail.hairlines).
 */
export function lineOnScreen(
	width: number,
	alpha: number,
	view: Pick<CanvasView, 'camera' | 'ratio' | 'detail'>
): { width: number; alpha: number } {
	const pixels = view.camera.k * view.ratio;
	const onScreen = width * pixels;
	if (!view.detail.hairlines || onScreen <= 1 || onScreen >= HAIRLINE_UNDER)
		return { width, alpha };
	// Just under one pixel, so that rounding never tips it over into a wide stroke.
	return { width: 0.99 / pixels, alpha: Math.min(1, alpha * onScreen) };
}

/** Whether relations of this style are stroked as hairlines in this view: the cheapest lines to draw. */
export function strokedAsHairlines(
	style: RelationStyle,
	view: Pick<CanvasView, 'camera' | 'ratio' | 'detail'>
): boolean {
	const width = Math.max(style.width, THINNEST / view.camera.k);
	return lineOnScreen(width, 1, view).width * view.camera.k * view.ratio < 1;
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
	const sign = style.badge!;
	const radius = signRadius(sign);
	context.globalAlpha = strength;
	context.font = BADGE_FONT;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	for (const r of members) {
		const x = geometry[r * GEOMETRY_STRIDE + 8];
		const y = geometry[r * GEOMETRY_STRIDE + 9];
		context.beginPath();
		context.arc(x, y, radius, 0, 2 * Math.PI);
		context.fillStyle = palette.canvas;
		context.fill();
		context.lineWidth = RELATION_SIZES.badgeOutline;
		context.strokeStyle = style.colour;
		context.stroke();
		if (!sign) continue;
		context.fillStyle = palette.ink;
		context.fillText(sign, x, y + 0.5);
	}
}

/** The halo of a selected relation, or of the one under the pointer; of a colleague's selection in their colour. */
export function haloRelation(
	context: CanvasRenderingContext2D,
	placed: PlacedScene,
	r: number,
	view: CanvasView,
	colour = view.palette.ink
): void {
	const style = placed.scene.look.relations[r].style;
	tracePaths(context, placed, [r]);
	context.globalAlpha = OPACITY.halo;
	context.strokeStyle = colour;
	context.lineWidth = style.width + RELATION_SIZES.haloExtraWidth / Math.max(view.camera.k, 0.5);
	context.stroke();
	context.globalAlpha = 1;
}
