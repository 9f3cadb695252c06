import type { RelationStyle } from '$lib/stage/relation-style';
import type { Camera } from '$lib/layout/camera';
import { controlPoint } from '$lib/stage/relation-geometry';
import { placeNames, type Detail, type NameCandidate } from './level-of-detail';
import type { Scene, SceneRelation } from './scene';

/** Colours of the page's theme, read once from its CSS. */
export interface Palette {
	canvas: string;
	ink: string;
	actorFill: string;
	organizationFill: string;
}

/** What to draw, besides the scene: where the camera is and what stands out. */
export interface CanvasView {
	camera: Camera;
	width: number;
	height: number;
	/** Device pixels per CSS pixel. */
	ratio: number;
	detail: Detail;
	palette: Palette;
	/** Actors (scene indices) and relations shown at full strength; the rest are faded. Undefined: all. */
	emphasis?: { actors: ReadonlySet<number>; relations: ReadonlySet<number> };
	selectedActor: number;
	selectedRelation: number;
	focusedActor: number;
	hoveredActor: number;
	hoveredRelation: number;
	/** Names' widths at 13 px, by scene actor, measured once. */
	nameWidths: Float32Array;
}

const NAME_FONT =
	'600 13px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
const CODE_FONT =
	'700 12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
const DASHES: Record<string, number[]> = { '12 6': [12, 6], '2 4': [2, 4], '3 3': [3, 3] };
const FADED = 0.15;

/**
 * Draws a large graph on a canvas in a few batched strokes: relations grouped
 * by style, actors in two fills, names only where they fit. The same looks as
 * the SVG drawing (colour, pattern, ends, status), simplified with distance.
 */
export function drawGraph(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	view: CanvasView
): void {
	const { camera, ratio, palette, detail } = view;
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

	const visible = visibleBox(view);
	const strong = (r: number) => !view.emphasis || view.emphasis.relations.has(r);
	const shown = scene.relations.map((relation) => inBox(relation, xy, visible));

	// Faded relations first, then the emphasised ones over them.
	for (const pass of [false, true]) {
		if (!view.emphasis && !pass) continue;
		const groups = new Map<string, number[]>();
		scene.relations.forEach((relation, r) => {
			if (!shown[r] || (view.emphasis !== undefined && strong(r) !== pass)) return;
			const key = styleKey(relation.style, detail.patterns);
			const group = groups.get(key);
			if (group) group.push(r);
			else groups.set(key, [r]);
		});
		context.globalAlpha = 1;
		for (const members of groups.values()) {
			strokeRelations(context, scene, xy, members, camera.k, detail, palette, pass ? 1 : FADED);
		}
	}
	context.globalAlpha = 1;
	context.setLineDash([]);

	for (const r of [view.hoveredRelation, view.selectedRelation]) {
		if (r >= 0 && shown[r]) highlightRelation(context, scene, xy, r, camera.k, palette);
	}

	drawActors(context, scene, xy, view, visible);
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	if (detail.codes) drawCodes(context, scene, xy, view, visible);
	if (detail.names) drawNames(context, scene, xy, view);
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

function inBox(relation: SceneRelation, xy: ArrayLike<number>, box: Box): boolean {
	const ax = xy[2 * relation.source];
	const ay = xy[2 * relation.source + 1];
	const bx = xy[2 * relation.target];
	const by = xy[2 * relation.target + 1];
	const bend = Math.abs(relation.offset) * 2;
	return !(
		Math.max(ax, bx) + bend < box.x0 ||
		Math.min(ax, bx) - bend > box.x1 ||
		Math.max(ay, by) + bend < box.y0 ||
		Math.min(ay, by) - bend > box.y1
	);
}

function styleKey(style: RelationStyle, patterns: boolean): string {
	return patterns
		? `${style.colour}|${style.width}|${style.dash}|${style.doubleCore}|${style.opacity}|${style.brokenOverlay}`
		: `${style.colour}|${style.width}|${style.opacity}`;
}

function tracePaths(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	members: number[]
): void {
	context.beginPath();
	for (const r of members) {
		const relation = scene.relations[r];
		const from = { x: xy[2 * relation.source], y: xy[2 * relation.source + 1] };
		const to = { x: xy[2 * relation.target], y: xy[2 * relation.target + 1] };
		context.moveTo(from.x, from.y);
		if (relation.offset === 0) context.lineTo(to.x, to.y);
		else {
			const control = controlPoint(from, to, relation.offset, relation.forward);
			context.quadraticCurveTo(control.x, control.y, to.x, to.y);
		}
	}
}

function strokeRelations(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	members: number[],
	k: number,
	detail: Detail,
	palette: Palette,
	strength: number
): void {
	const style = scene.relations[members[0]].style;
	const minimum = 0.75 / k;
	tracePaths(context, scene, xy, members);
	context.globalAlpha = style.opacity * strength;
	context.strokeStyle = style.colour;
	context.lineWidth = Math.max(style.width, minimum);
	context.setLineDash(detail.patterns && style.dash ? (DASHES[style.dash] ?? []) : []);
	context.stroke();
	context.setLineDash([]);
	if (detail.patterns && style.doubleCore && style.doubleCore * k >= 0.75) {
		context.strokeStyle = palette.canvas;
		context.lineWidth = style.doubleCore;
		context.stroke();
	}
	if (detail.patterns && style.brokenOverlay) {
		context.globalAlpha = strength;
		context.strokeStyle = palette.canvas;
		context.lineWidth = Math.max(1.5, style.width * 0.6);
		context.setLineDash(DASHES[style.brokenOverlay] ?? [3, 3]);
		context.stroke();
		context.setLineDash([]);
	}
	if (detail.ends) drawEnds(context, scene, xy, members, style, strength);
	if (detail.badges && style.badge)
		drawBadges(context, scene, xy, members, style, palette, strength);
}

function endGeometry(scene: Scene, xy: ArrayLike<number>, r: number) {
	const relation = scene.relations[r];
	const from = { x: xy[2 * relation.source], y: xy[2 * relation.source + 1] };
	const to = { x: xy[2 * relation.target], y: xy[2 * relation.target + 1] };
	const control =
		relation.offset === 0 ? from : controlPoint(from, to, relation.offset, relation.forward);
	const length = Math.hypot(to.x - control.x, to.y - control.y) || 1;
	const ux = (to.x - control.x) / length;
	const uy = (to.y - control.y) / length;
	const radius = scene.radiusBySlot[relation.target];
	return {
		from,
		to,
		control,
		ux,
		uy,
		tipX: to.x - ux * (radius + 3),
		tipY: to.y - uy * (radius + 3)
	};
}

function drawEnds(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	members: number[],
	style: RelationStyle,
	strength: number
): void {
	if (style.ending === 'none') return;
	context.globalAlpha = style.opacity * strength;
	context.beginPath();
	for (const r of members) {
		const { ux, uy, tipX, tipY } = endGeometry(scene, xy, r);
		if (style.ending === 'arrow') {
			const baseX = tipX - ux * 11;
			const baseY = tipY - uy * 11;
			context.moveTo(tipX, tipY);
			context.lineTo(baseX - uy * 5.5, baseY + ux * 5.5);
			context.lineTo(baseX + uy * 5.5, baseY - ux * 5.5);
			context.closePath();
		} else {
			context.moveTo(tipX - uy * 9, tipY + ux * 9);
			context.lineTo(tipX + uy * 9, tipY - ux * 9);
		}
	}
	if (style.ending === 'arrow') {
		context.fillStyle = style.colour;
		context.fill();
	} else {
		context.lineWidth = style.width + 1;
		context.stroke();
	}
}

function middleOf(scene: Scene, xy: ArrayLike<number>, r: number) {
	const relation = scene.relations[r];
	const from = { x: xy[2 * relation.source], y: xy[2 * relation.source + 1] };
	const to = { x: xy[2 * relation.target], y: xy[2 * relation.target + 1] };
	const control = controlPoint(from, to, relation.offset, relation.forward);
	return {
		x: 0.25 * from.x + 0.5 * control.x + 0.25 * to.x,
		y: 0.25 * from.y + 0.5 * control.y + 0.25 * to.y
	};
}

function drawBadges(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	members: number[],
	style: RelationStyle,
	palette: Palette,
	strength: number
): void {
	context.globalAlpha = strength;
	context.font = '700 11px system-ui, sans-serif';
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	for (const r of members) {
		const middle = middleOf(scene, xy, r);
		context.beginPath();
		context.arc(middle.x, middle.y, 8, 0, 2 * Math.PI);
		context.fillStyle = palette.canvas;
		context.fill();
		context.lineWidth = 1.5;
		context.strokeStyle = style.colour;
		context.stroke();
		context.fillStyle = palette.ink;
		context.fillText(style.badge!, middle.x, middle.y + 0.5);
	}
}

function highlightRelation(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	r: number,
	k: number,
	palette: Palette
): void {
	const style = scene.relations[r].style;
	tracePaths(context, scene, xy, [r]);
	context.globalAlpha = 0.18;
	context.strokeStyle = palette.ink;
	context.lineWidth = style.width + 8 / Math.max(k, 0.5);
	context.stroke();
	context.globalAlpha = 1;
	context.strokeStyle = style.colour;
	context.lineWidth = Math.max(style.width, 1.5 / k);
	context.stroke();
}

function drawActors(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	view: CanvasView,
	box: Box
): void {
	const { palette, camera } = view;
	// Circles a few pixels across read the same as squares, which cost far less to fill.
	const specks = scene.actors.length > 0 && scene.actors[0].radius * camera.k < 2.5;
	for (const pass of [false, true]) {
		if (!view.emphasis && !pass) continue;
		for (const organization of [false, true]) {
			context.beginPath();
			scene.actors.forEach((actor, i) => {
				if (actor.organization !== organization) return;
				if (view.emphasis && view.emphasis.actors.has(i) !== pass) return;
				const x = xy[2 * actor.slot];
				const y = xy[2 * actor.slot + 1];
				if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) return;
				if (specks) {
					const side = Math.max(actor.radius, 1.2 / camera.k);
					context.rect(x - side, y - side, 2 * side, 2 * side);
				} else {
					context.moveTo(x + actor.radius, y);
					context.arc(x, y, actor.radius, 0, 2 * Math.PI);
				}
			});
			context.globalAlpha = pass ? 1 : 0.35;
			context.fillStyle = specks
				? palette.ink
				: organization
					? palette.organizationFill
					: palette.actorFill;
			context.fill();
			if (specks) continue;
			context.strokeStyle = palette.ink;
			context.lineWidth = Math.max(1.5, 0.6 / camera.k);
			context.stroke();
		}
	}
	context.globalAlpha = 1;
	for (const i of [view.hoveredActor, view.selectedActor, view.focusedActor]) {
		if (i < 0) continue;
		const actor = scene.actors[i];
		context.beginPath();
		context.arc(xy[2 * actor.slot], xy[2 * actor.slot + 1], actor.radius + 4, 0, 2 * Math.PI);
		context.strokeStyle = palette.ink;
		context.lineWidth = (i === view.hoveredActor && i !== view.selectedActor ? 1.5 : 3) / camera.k;
		context.stroke();
	}
}

function drawCodes(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	view: CanvasView,
	box: Box
): void {
	const { camera, palette } = view;
	context.font = CODE_FONT;
	context.textAlign = 'center';
	context.textBaseline = 'middle';
	context.fillStyle = palette.ink;
	scene.actors.forEach((actor, i) => {
		const x = xy[2 * actor.slot];
		const y = xy[2 * actor.slot + 1];
		if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) return;
		context.globalAlpha = view.emphasis && !view.emphasis.actors.has(i) ? 0.35 : 1;
		context.fillText(actor.code, x * camera.k + camera.x, y * camera.k + camera.y + 0.5);
	});
	context.globalAlpha = 1;
}

function drawNames(
	context: CanvasRenderingContext2D,
	scene: Scene,
	xy: ArrayLike<number>,
	view: CanvasView
): void {
	const { camera, palette } = view;
	const special = new Set([view.selectedActor, view.focusedActor, view.hoveredActor]);
	const candidates: NameCandidate[] = scene.actors.map((actor, i) => {
		const width = view.nameWidths[i] + 6;
		const x = xy[2 * actor.slot] * camera.k + camera.x;
		const y = (xy[2 * actor.slot + 1] + actor.radius) * camera.k + camera.y + 4;
		const emphasised = !view.emphasis || view.emphasis.actors.has(i);
		return {
			x: x - width / 2,
			y,
			width,
			height: 17,
			priority: (special.has(i) ? 1e9 : 0) + (emphasised ? 1e6 : 0) + actor.degree
		};
	});
	const placed = placeNames(candidates, view, view.detail.maxNames);
	context.font = NAME_FONT;
	context.textAlign = 'center';
	context.textBaseline = 'top';
	context.lineJoin = 'round';
	context.lineWidth = 4;
	context.strokeStyle = palette.canvas;
	context.fillStyle = palette.ink;
	for (const i of placed) {
		const box = candidates[i];
		context.globalAlpha = view.emphasis && !view.emphasis.actors.has(i) ? 0.4 : 1;
		context.strokeText(scene.actors[i].name, box.x + box.width / 2, box.y + 1);
		context.fillText(scene.actors[i].name, box.x + box.width / 2, box.y + 1);
	}
	context.globalAlpha = 1;
}
