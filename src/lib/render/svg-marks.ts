import type { Point } from '$lib/layout/point';
import { relationPath, sampleGeometry } from '$lib/stage/relation-geometry';
import type { RelationStyle } from '$lib/stage/relation-style';
import {
	ACTOR_SIZES,
	LIGHT_PALETTE,
	OPACITY,
	RELATION_SIZES,
	type Palette
} from '$lib/stage/visual-constants';
import type { VisualActor, VisualRelation } from '$lib/stage/visual-graph';
import { node, textNode, type SvgNode } from './svg-node';

/**
 * One relation as SVG: its type's line, the halo of a selected one, a core
 * for a double line, the arrowhead or bar, the perforation and badge of
 * doubt. The root group carries the relation's id, type, status and emphasis.
 * The explorer, the slides and the export all draw a relation with this.
 */
export function relationMarks(relation: VisualRelation, palette: Palette = LIGHT_PALETTE): SvgNode {
	const { style, geometry } = relation;
	const d = relationPath(geometry);
	return node(
		'g',
		{
			class: 'relation',
			'data-relation': relation.id,
			'data-type': relation.relation.type,
			'data-status': relation.relation.status,
			'data-emphasis': relation.emphasis,
			opacity: relation.opacity === 1 ? undefined : relation.opacity
		},
		relation.emphasis === 'selected' &&
			node('path', {
				class: 'halo',
				d,
				fill: 'none',
				stroke: palette.ink,
				'stroke-opacity': OPACITY.halo,
				'stroke-width': style.width + RELATION_SIZES.haloExtraWidth
			}),
		...lineMarks(d, style, geometry.arrowhead, geometry.bar, palette),
		style.badge && badge(geometry.middle, style.badge, style.colour, palette)
	);
}

/**
 * The line of a relation in `style` along the path `d`, with its end: also
 * the sample of a type in a legend.
 */
function lineMarks(
	d: string,
	style: RelationStyle,
	arrowhead: readonly Point[] | undefined,
	bar: readonly [Point, Point] | undefined,
	palette: Palette
): SvgNode[] {
	const marks = [
		node(
			'g',
			{ opacity: style.opacity === 1 ? undefined : style.opacity },
			node('path', {
				class: 'line',
				d,
				fill: 'none',
				stroke: style.colour,
				'stroke-width': style.width,
				'stroke-dasharray': style.dash?.join(' ')
			}),
			style.doubleCore !== undefined &&
				node('path', {
					class: 'core',
					d,
					fill: 'none',
					stroke: palette.canvas,
					'stroke-width': style.doubleCore
				}),
			arrowhead &&
				node('polygon', {
					class: 'arrowhead',
					points: arrowhead.map((p) => `${p.x},${p.y}`).join(' '),
					fill: style.colour
				}),
			bar &&
				node('line', {
					class: 'bar',
					x1: bar[0].x,
					y1: bar[0].y,
					x2: bar[1].x,
					y2: bar[1].y,
					stroke: style.colour,
					'stroke-width': style.endWidth
				})
		)
	];
	if (style.perforation) {
		marks.push(
			node('path', {
				class: 'broken',
				d,
				fill: 'none',
				stroke: palette.canvas,
				'stroke-width': style.perforation.width,
				'stroke-dasharray': style.perforation.dash.join(' ')
			})
		);
	}
	return marks;
}

/**
 * A short sample of a relation's line in `style`, from `from` to `to`, with
 * its end and its badge of doubt: the legend's, on screen and in exports.
 */
export function lineSampleMarks(
	style: RelationStyle,
	from: Point,
	to: Point,
	palette: Palette = LIGHT_PALETTE,
	badgeRadius?: number
): SvgNode {
	const geometry = sampleGeometry(from, to, style.ending);
	return node(
		'g',
		{ class: 'sample' },
		...lineMarks(relationPath(geometry), style, geometry.arrowhead, geometry.bar, palette),
		style.badge &&
			badgeRadius !== undefined &&
			badge(geometry.middle, style.badge, style.colour, palette, badgeRadius)
	);
}

/** The "?" or "×" of doubt in a small disc, as on a line's middle and in a legend. */
export function badge(
	at: Point,
	sign: string,
	colour: string,
	palette: Palette,
	radius: number = RELATION_SIZES.badgeRadius
): SvgNode {
	const fontSize = (radius * RELATION_SIZES.badgeFontSize) / RELATION_SIZES.badgeRadius;
	return node(
		'g',
		{ class: 'badge', transform: `translate(${at.x},${at.y})` },
		node('circle', {
			r: radius,
			fill: palette.canvas,
			stroke: colour,
			'stroke-width': RELATION_SIZES.badgeOutline
		}),
		textNode(
			'text',
			{
				y: round(fontSize * 0.35),
				'font-size': fontSize,
				'font-weight': 700,
				'text-anchor': 'middle',
				fill: palette.ink
			},
			sign
		)
	);
}

/**
 * One actor as SVG: a circle with its short code, the ring of a selected one,
 * its name below on a halo of the canvas's colour so that it stays legible
 * over lines. `nameScale` enlarges the name when the screen zooms far out.
 */
export function actorMarks(
	actor: VisualActor,
	palette: Palette = LIGHT_PALETTE,
	nameScale = 1
): SvgNode {
	const { radius } = actor;
	const baseline = radius + ACTOR_SIZES.nameBaseline;
	return node(
		'g',
		{
			class: 'actor',
			'data-actor': actor.id,
			'data-kind': actor.actor.kind,
			'data-emphasis': actor.emphasis,
			transform: `translate(${round(actor.x)},${round(actor.y)})`,
			opacity: actor.opacity === 1 ? undefined : actor.opacity
		},
		actor.emphasis === 'selected' &&
			node('circle', {
				class: 'ring',
				r: radius + ACTOR_SIZES.ringGap,
				fill: 'none',
				stroke: palette.ink,
				'stroke-width': ACTOR_SIZES.ringWidth
			}),
		node('circle', {
			class: 'body',
			r: radius,
			fill: actor.fill === 'organization' ? palette.organizationFill : palette.actorFill,
			stroke: palette.ink,
			'stroke-width': actor.outline
		}),
		textNode(
			'text',
			{
				class: 'code',
				y: round(ACTOR_SIZES.codeSize * 0.35),
				'font-size': ACTOR_SIZES.codeSize,
				'font-weight': ACTOR_SIZES.codeWeight,
				'letter-spacing': round(ACTOR_SIZES.codeSize * ACTOR_SIZES.codeSpacing),
				'text-anchor': 'middle',
				fill: palette.ink
			},
			actor.code
		),
		textNode(
			'text',
			{
				class: 'name',
				y: nameScale === 1 ? baseline : undefined,
				transform:
					nameScale === 1
						? undefined
						: `translate(0,${radius + ACTOR_SIZES.ringGap}) scale(${round(nameScale)}) translate(0,${ACTOR_SIZES.nameBaseline - ACTOR_SIZES.ringGap})`,
				'font-size': ACTOR_SIZES.nameSize,
				'font-weight': ACTOR_SIZES.nameWeight,
				'text-anchor': 'middle',
				fill: palette.ink,
				stroke: palette.canvas,
				'stroke-width': ACTOR_SIZES.nameHalo,
				'stroke-linejoin': 'round',
				'paint-order': 'stroke'
			},
			actor.name
		)
	);
}

function round(value: number): number {
	return Math.round(value * 100) / 100 + 0;
}
