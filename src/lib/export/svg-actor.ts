import type { Point } from '$lib/layout/point';
import { actorCode } from '$lib/model/graph-index';
import type { Actor } from '$lib/model/schema';
import { element, num, text } from './svg-element';
import { ACTOR_FILL, CANVAS, INK, ORGANIZATION_FILL } from './svg-palette';

export const CODE_SIZE = 12;
export const NAME_SIZE = 13.5;
/** The name's baseline below the actor's centre: under the circle and its focus ring. */
export const nameBaseline = (radius: number) => radius + 4 + 12;

/**
 * One actor as the screen draws it (ActorMark.svelte): a circle with its short
 * code, its name below on a white halo so that it stays legible over lines.
 */
export function actorMark(
	actor: Actor,
	place: Point,
	radius: number,
	options: { selected: boolean; faded: boolean }
): string {
	return element(
		'g',
		{
			class: 'actor',
			'data-actor': actor.id,
			'data-kind': actor.kind,
			transform: `translate(${num(place.x)},${num(place.y)})`,
			opacity: options.faded ? 0.35 : undefined
		},
		element('title', {}, text(actor.fullName ?? actor.name)),
		options.selected
			? element('circle', {
					class: 'ring',
					r: radius + 4,
					fill: 'none',
					stroke: INK,
					'stroke-width': 3
				})
			: '',
		element('circle', {
			class: 'body',
			r: radius,
			fill: actor.kind === 'organization' ? ORGANIZATION_FILL : ACTOR_FILL,
			stroke: INK,
			'stroke-width': 1.5
		}),
		element(
			'text',
			{
				class: 'code',
				y: CODE_SIZE * 0.35,
				'font-size': CODE_SIZE,
				'font-weight': 700,
				'letter-spacing': CODE_SIZE * 0.04,
				'text-anchor': 'middle',
				fill: INK
			},
			text(actorCode(actor))
		),
		element(
			'text',
			{
				class: 'name',
				y: nameBaseline(radius),
				'font-size': NAME_SIZE,
				'font-weight': 600,
				'text-anchor': 'middle',
				fill: INK,
				stroke: CANVAS,
				'stroke-width': 4,
				'stroke-linejoin': 'round',
				'paint-order': 'stroke'
			},
			text(actor.name)
		)
	);
}
