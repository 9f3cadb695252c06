import type { RelationStyle } from '$lib/stage/relation-style';
import { element, num } from './svg-element';
import { CANVAS } from './svg-palette';
import { badge } from './svg-relation';

/** How long a legend's sample line is. */
export const SAMPLE_WIDTH = 44;
const SAMPLE = SAMPLE_WIDTH;

/** A short line of a type or status, as LineSample.svelte draws it on screen. */
export function lineSample(x: number, y: number, style: RelationStyle): string {
	const end = x + SAMPLE;
	const lineEnd = style.ending === 'arrow' ? end - 7 : end;
	const parts = [
		element('line', {
			x1: x,
			y1: y,
			x2: lineEnd,
			y2: y,
			stroke: style.colour,
			'stroke-width': style.width,
			'stroke-dasharray': style.dash
		})
	];
	if (style.doubleCore) {
		parts.push(
			element('line', {
				x1: x,
				y1: y,
				x2: end,
				y2: y,
				stroke: CANVAS,
				'stroke-width': style.doubleCore
			})
		);
	}
	if (style.ending === 'arrow') {
		parts.push(
			element('polygon', {
				points: `${num(end)},${num(y)} ${num(end - 11)},${num(y - 5.5)} ${num(end - 11)},${num(y + 5.5)}`,
				fill: style.colour
			})
		);
	} else if (style.ending === 'bar') {
		parts.push(
			element('line', {
				x1: end - 1,
				y1: y - 8,
				x2: end - 1,
				y2: y + 8,
				stroke: style.colour,
				'stroke-width': style.width + 1
			})
		);
	}
	const drawn = [
		element('g', { opacity: style.opacity === 1 ? undefined : style.opacity }, ...parts)
	];
	if (style.brokenOverlay) {
		drawn.push(
			element('line', {
				x1: x,
				y1: y,
				x2: lineEnd,
				y2: y,
				stroke: CANVAS,
				'stroke-width': Math.max(1.5, style.width * 0.6),
				'stroke-dasharray': style.brokenOverlay
			})
		);
	}
	if (style.badge) drawn.push(badge({ x: x + SAMPLE / 2, y }, style.badge, style.colour, 7));
	return element('g', { class: 'sample' }, ...drawn);
}
