import type { Point } from '$lib/layout/point';
import { relationPath, sampleGeometry } from '$lib/stage/relation-geometry';
import { signRadius, type RelationStyle, type StatusSign } from '$lib/stage/relation-style';
import {
	ACTOR_SIZES,
	LIGHT_PALETTE,
	OPACITY,
	RELATION_SIZES,
	type Palette
} from '$lib/stage/visual-constants';
import type { VisualActor, VisualRelation } from '$lib/stage/visual-graph';

/**
 * The SVG of the picture's marks, every value worked out here and nowhere
 * else: the explorer's and the slides' Svelte marks draw these drawings with
 * static templates (RelationMark, ActorMark, LineMarks), the export writes the
 * same drawings as text (svg-mark-nodes.ts), and a spec checks that both give
 * the same elements with the same attributes.
 */

/** A stroke along a path: its colour, width and dash pattern. */
export interface Stroke {
	stroke: string;
	width: number;
	dash?: string;
}

/** A line in a relation's style along a path, with its end: a relation's, or a legend's sample. */
export interface LineDrawing {
	d: string;
	/** The opacity of doubt, on the line and its end; undefined at full strength. */
	doubt?: number;
	line: Stroke;
	/** The canvas-coloured core that splits a double line. */
	core?: Stroke;
	arrowhead?: { points: string; fill: string };
	bar?: { x1: number; y1: number; x2: number; y2: number; stroke: string; width: number };
	/** The canvas-coloured dots that perforate a line of doubt. */
	perforation?: Stroke;
}

/** The "?" or "×" of doubt in a small disc. */
export interface BadgeDrawing {
	x: number;
	y: number;
	radius: number;
	fill: string;
	stroke: string;
	outline: number;
	textY: number;
	fontSize: number;
	ink: string;
	sign: string;
}

export interface RelationDrawing extends LineDrawing {
	id: string;
	type: string;
	status: string;
	emphasis: string;
	/** The emphasis's opacity; undefined at full strength. */
	opacity?: number;
	halo?: Stroke & { opacity: number };
	badge?: BadgeDrawing;
}

export interface ActorDrawing {
	id: string;
	kind: string;
	emphasis: string;
	x: number;
	y: number;
	opacity?: number;
	ring?: { radius: number; stroke: string; width: number };
	body: { radius: number; fill: string; stroke: string; width: number };
	code: { y: number; size: number; weight: number; spacing: number; fill: string; text: string };
	name: {
		/** The anchor of its lines, from the actor's centre (none when centred), and the first line's baseline. */
		x?: number;
		y: number;
		anchor: 'middle' | 'start' | 'end';
		size: number;
		weight: number;
		fill: string;
		halo: string;
		haloWidth: number;
		/** Each line as a tspan: the first where the text is, the next back at `x`, `dy` below. */
		lines: { text: string; x?: number; dy?: number }[];
		/** The whole name below the circle, where the drawing shortens it: the screen shows it on hover and focus. */
		full?: { y: number; text: string };
	};
}

/** A line sample with the badge of doubt, where it has room for one. */
export interface SampleDrawing extends LineDrawing {
	badge?: BadgeDrawing;
}

/** One relation: its line and end, the halo of a selected one, the badge of doubt. */
export function relationDrawing(
	relation: VisualRelation,
	palette: Palette = LIGHT_PALETTE
): RelationDrawing {
	const { style, geometry } = relation;
	const drawing: RelationDrawing = {
		id: relation.id,
		type: relation.relation.type,
		status: relation.relation.status,
		emphasis: relation.emphasis,
		opacity: relation.opacity === 1 ? undefined : relation.opacity,
		...lineDrawing(relationPath(geometry), style, geometry.arrowhead, geometry.bar, palette)
	};
	if (relation.emphasis === 'selected') {
		drawing.halo = {
			stroke: palette.ink,
			opacity: OPACITY.halo,
			width: round(style.width + RELATION_SIZES.haloExtraWidth)
		};
	}
	if (style.badge !== undefined)
		drawing.badge = badgeDrawing(geometry.middle, style.badge, style.colour, palette);
	return drawing;
}

/** A short sample of a relation's line in `style`, from `from` to `to`: a legend's. */
export function sampleDrawing(
	style: RelationStyle,
	from: Point,
	to: Point,
	palette: Palette = LIGHT_PALETTE,
	badgeRadius?: number
): SampleDrawing {
	const geometry = sampleGeometry(from, to, style.ending);
	const drawing: SampleDrawing = lineDrawing(
		relationPath(geometry),
		style,
		geometry.arrowhead,
		geometry.bar,
		palette
	);
	if (style.badge !== undefined && badgeRadius !== undefined) {
		const radius = (badgeRadius * signRadius(style.badge)) / RELATION_SIZES.badgeRadius;
		drawing.badge = badgeDrawing(geometry.middle, style.badge, style.colour, palette, radius);
	}
	return drawing;
}

/**
 * One actor: a circle with its short code, the ring of a selected one, its
 * name where the stage placed it (below, above or beside the circle, clear of
 * other names and circles), on a halo of the canvas's colour so that it stays
 * legible over lines.
 */
export function actorDrawing(actor: VisualActor, palette: Palette = LIGHT_PALETTE): ActorDrawing {
	const { radius, label } = actor;
	const { ringGap, codeSize, nameBaseline } = ACTOR_SIZES;
	return {
		id: actor.id,
		kind: actor.actor.kind,
		emphasis: actor.emphasis,
		x: round(actor.x),
		y: round(actor.y),
		opacity: actor.opacity === 1 ? undefined : actor.opacity,
		ring:
			actor.emphasis === 'selected'
				? { radius: radius + ringGap, stroke: palette.ink, width: ACTOR_SIZES.ringWidth }
				: undefined,
		body: {
			radius,
			fill: actor.fill === 'organization' ? palette.organizationFill : palette.actorFill,
			stroke: palette.ink,
			width: actor.outline
		},
		code: {
			y: round(codeSize * 0.35),
			size: codeSize,
			weight: ACTOR_SIZES.codeWeight,
			spacing: round(codeSize * ACTOR_SIZES.codeSpacing),
			fill: palette.ink,
			text: actor.code
		},
		name: {
			x: label.x === 0 ? undefined : label.x,
			y: label.y,
			anchor: label.anchor,
			size: label.size,
			weight: ACTOR_SIZES.nameWeight,
			fill: palette.ink,
			halo: palette.canvas,
			haloWidth: round((ACTOR_SIZES.nameHalo * label.size) / ACTOR_SIZES.nameSize),
			lines: label.lines.map((text, i) =>
				i === 0 ? { text } : { text, x: label.x, dy: label.lineHeight }
			),
			full: label.shortened
				? {
						y: round(
							radius + ringGap + ((nameBaseline - ringGap) * label.size) / ACTOR_SIZES.nameSize
						),
						text: actor.name
					}
				: undefined
		}
	};
}

function lineDrawing(
	d: string,
	style: RelationStyle,
	arrowhead: readonly Point[] | undefined,
	bar: readonly [Point, Point] | undefined,
	palette: Palette
): LineDrawing {
	const drawing: LineDrawing = {
		d,
		doubt: style.opacity === 1 ? undefined : style.opacity,
		line: { stroke: style.colour, width: round(style.width), dash: dashOf(style.dash) }
	};
	if (style.doubleCore !== undefined) {
		drawing.core = { stroke: palette.canvas, width: round(style.doubleCore) };
	}
	if (arrowhead) {
		drawing.arrowhead = {
			points: arrowhead.map((p) => `${p.x},${p.y}`).join(' '),
			fill: style.colour
		};
	}
	if (bar) {
		const [a, b] = bar;
		drawing.bar = {
			x1: a.x,
			y1: a.y,
			x2: b.x,
			y2: b.y,
			stroke: style.colour,
			width: round(style.endWidth)
		};
	}
	if (style.perforation) {
		drawing.perforation = {
			stroke: palette.canvas,
			width: round(style.perforation.width),
			dash: dashOf(style.perforation.dash)
		};
	}
	return drawing;
}

function badgeDrawing(
	at: Point,
	sign: StatusSign,
	colour: string,
	palette: Palette,
	radius: number = signRadius(sign)
): BadgeDrawing {
	const fontSize = (radius * RELATION_SIZES.badgeFontSize) / RELATION_SIZES.badgeRadius;
	return {
		x: at.x,
		y: at.y,
		radius,
		fill: palette.canvas,
		stroke: colour,
		outline: RELATION_SIZES.badgeOutline,
		textY: round(fontSize * 0.35),
		fontSize: round(fontSize),
		ink: palette.ink,
		sign
	};
}

/** A dash pattern as SVG writes it, each length to hundredths. */
function dashOf(dash: readonly number[] | undefined): string | undefined {
	return dash?.map(round).join(' ');
}

/** Hundredths are enough for the eye, and keep a picture's bytes the same on every run. */
function round(value: number): number {
	return Math.round(value * 100) / 100 + 0;
}
