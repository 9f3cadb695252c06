import type { RelationStyle } from '$lib/stage/relation-style';
import type { Point } from '$lib/layout/point';
import type { RelationShape } from '$lib/stage/relation-geometry';
import type { Relation } from '$lib/model/schema';
import { element, num, text } from './svg-element';
import { CANVAS, INK } from './svg-palette';
import { isWebLink } from './web-link';

/** How one relation stands in the picture, and what its link and tooltip say. */
export interface RelationMarkOptions {
	/** Its tooltip and accessible name: summary, type, status, sources. */
	title: string;
	/** Where the link leads: its first source. Only web links are written. */
	href?: string;
	selected: boolean;
	faded: boolean;
}

const points = (list: readonly Point[]) => list.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');

/**
 * One relation as the screen draws it (RelationMark.svelte): its type's line,
 * a white core for a double line, the arrowhead or bar, the perforation and
 * badge of doubt; a link to its first source around it.
 */
export function relationMark(
	relation: Relation,
	shape: RelationShape,
	style: RelationStyle,
	options: RelationMarkOptions
): string {
	const parts: string[] = [];
	if (options.selected) {
		parts.push(
			element('path', {
				class: 'halo',
				d: shape.path,
				fill: 'none',
				stroke: INK,
				'stroke-opacity': 0.18,
				'stroke-width': style.width + 8
			})
		);
	}
	const line = [
		element('path', {
			class: 'line',
			d: shape.path,
			fill: 'none',
			stroke: style.colour,
			'stroke-width': style.width,
			'stroke-dasharray': style.dash
		})
	];
	if (style.doubleCore) {
		line.push(
			element('path', {
				class: 'core',
				d: shape.path,
				fill: 'none',
				stroke: CANVAS,
				'stroke-width': style.doubleCore
			})
		);
	}
	if (shape.arrowhead) {
		line.push(
			element('polygon', {
				class: 'arrowhead',
				points: points(shape.arrowhead),
				fill: style.colour
			})
		);
	}
	if (shape.bar) {
		const [a, b] = shape.bar;
		line.push(
			element('line', {
				class: 'bar',
				x1: a.x,
				y1: a.y,
				x2: b.x,
				y2: b.y,
				stroke: style.colour,
				'stroke-width': style.width + 1
			})
		);
	}
	parts.push(element('g', { opacity: style.opacity === 1 ? undefined : style.opacity }, ...line));
	if (style.brokenOverlay) {
		parts.push(
			element('path', {
				class: 'broken',
				d: shape.path,
				fill: 'none',
				stroke: CANVAS,
				'stroke-width': Math.max(1.5, style.width * 0.6),
				'stroke-dasharray': style.brokenOverlay
			})
		);
	}
	if (style.badge) parts.push(badge(shape.middle, style.badge, style.colour, 8));
	const mark = element(
		'g',
		{
			class: 'relation',
			'data-relation': relation.id,
			'data-type': relation.type,
			'data-status': relation.status,
			opacity: options.faded ? 0.2 : undefined
		},
		...parts
	);
	const title = element('title', {}, text(options.title));
	const href = options.href && isWebLink(options.href) ? options.href : undefined;
	return href ? element('a', { href }, title, mark) : element('g', {}, title, mark);
}

/** The "?" or "×" of doubt in a small circle, as on the line's middle and in the legend. */
export function badge(at: Point, sign: string, colour: string, radius: number): string {
	const fontSize = (radius * 11) / 8;
	return element(
		'g',
		{ class: 'badge', transform: `translate(${num(at.x)},${num(at.y)})` },
		element('circle', { r: radius, fill: CANVAS, stroke: colour, 'stroke-width': 1.5 }),
		element(
			'text',
			{
				y: fontSize * 0.35,
				'font-size': fontSize,
				'font-weight': 700,
				'text-anchor': 'middle',
				fill: INK
			},
			text(sign)
		)
	);
}
