import type {
	ActorDrawing,
	BadgeDrawing,
	LineDrawing,
	RelationDrawing,
	SampleDrawing
} from './svg-marks';
import { node, textNode, type SvgNode } from './svg-node';

/**
 * The marks' drawings (svg-marks.ts) as SVG elements, for a file: the export
 * writes these; the screen draws the same drawings with Svelte templates.
 */

/** A relation's drawing as SVG elements: what the export writes. */
export function relationNode(drawing: RelationDrawing): SvgNode {
	return node(
		'g',
		{
			class: 'relation',
			'data-relation': drawing.id,
			'data-type': drawing.type,
			'data-status': drawing.status,
			'data-emphasis': drawing.emphasis,
			opacity: drawing.opacity
		},
		drawing.halo &&
			node('path', {
				class: 'halo',
				d: drawing.d,
				fill: 'none',
				stroke: drawing.halo.stroke,
				'stroke-opacity': drawing.halo.opacity,
				'stroke-width': drawing.halo.width
			}),
		...lineNodes(drawing),
		drawing.badge && badgeNode(drawing.badge)
	);
}

/** A legend's sample as SVG elements. */
export function sampleNode(drawing: SampleDrawing): SvgNode {
	return node(
		'g',
		{ class: 'sample' },
		...lineNodes(drawing),
		drawing.badge && badgeNode(drawing.badge)
	);
}

/** An actor's drawing as SVG elements. */
export function actorNode(drawing: ActorDrawing, title?: string): SvgNode {
	const { ring, body, code, name } = drawing;
	return node(
		'g',
		{
			class: 'actor',
			'data-actor': drawing.id,
			'data-kind': drawing.kind,
			'data-emphasis': drawing.emphasis,
			transform: `translate(${drawing.x},${drawing.y})`,
			opacity: drawing.opacity
		},
		title !== undefined && textNode('title', {}, title),
		ring &&
			node('circle', {
				class: 'ring',
				r: ring.radius,
				fill: 'none',
				stroke: ring.stroke,
				'stroke-width': ring.width
			}),
		node('circle', {
			class: 'body',
			r: body.radius,
			fill: body.fill,
			stroke: body.stroke,
			'stroke-width': body.width
		}),
		textNode(
			'text',
			{
				class: 'code',
				y: code.y,
				'font-size': code.size,
				'font-weight': code.weight,
				'letter-spacing': code.spacing,
				'text-anchor': 'middle',
				fill: code.fill
			},
			code.text
		),
		...nameNodes(name)
	);
}

/**
 * An actor's name on its halo, the halo its own text under the name's: a
 * renderer that ignores `paint-order` (LibreOffice, older librsvg and
 * converters) would otherwise draw the halo over the letters and hide them.
 * The halo is hidden from screen readers, which read the name once.
 */
function nameNodes(name: ActorDrawing['name']): SvgNode[] {
	const place = {
		x: name.x,
		y: name.y,
		'font-size': name.size,
		'font-weight': name.weight,
		'text-anchor': name.anchor
	};
	const lines = () =>
		name.lines.map((line) => textNode('tspan', { x: line.x, dy: line.dy }, line.text));
	return [
		node(
			'text',
			{
				class: 'name-halo',
				'aria-hidden': 'true',
				...place,
				fill: name.halo,
				stroke: name.halo,
				'stroke-width': name.haloWidth,
				'stroke-linejoin': 'round'
			},
			...lines()
		),
		node('text', { class: 'name', ...place, fill: name.fill }, ...lines())
	];
}

function lineNodes(drawing: LineDrawing): SvgNode[] {
	const { d, line, core, arrowhead, bar, perforation } = drawing;
	const nodes = [
		node(
			'g',
			{ opacity: drawing.doubt },
			node('path', {
				class: 'line',
				d,
				fill: 'none',
				stroke: line.stroke,
				'stroke-width': line.width,
				'stroke-dasharray': line.dash
			}),
			core &&
				node('path', {
					class: 'core',
					d,
					fill: 'none',
					stroke: core.stroke,
					'stroke-width': core.width
				}),
			arrowhead &&
				node('polygon', { class: 'arrowhead', points: arrowhead.points, fill: arrowhead.fill }),
			bar &&
				node('line', {
					class: 'bar',
					x1: bar.x1,
					y1: bar.y1,
					x2: bar.x2,
					y2: bar.y2,
					stroke: bar.stroke,
					'stroke-width': bar.width
				})
		)
	];
	if (perforation) {
		nodes.push(
			node('path', {
				class: 'broken',
				d,
				fill: 'none',
				stroke: perforation.stroke,
				'stroke-width': perforation.width,
				'stroke-dasharray': perforation.dash
			})
		);
	}
	return nodes;
}

function badgeNode(badge: BadgeDrawing): SvgNode {
	return node(
		'g',
		{ class: 'badge', transform: `translate(${badge.x},${badge.y})` },
		node('circle', {
			r: badge.radius,
			fill: badge.fill,
			stroke: badge.stroke,
			'stroke-width': badge.outline
		}),
		badge.sign !== '' &&
			textNode(
				'text',
				{
					y: badge.textY,
					'font-size': badge.fontSize,
					'font-weight': 700,
					'text-anchor': 'middle',
					fill: badge.ink
				},
				badge.sign
			)
	);
}
