import type { RelationStyle } from '$lib/stage/relation-style';
import { actorMark } from '$lib/export/svg-actor';
import { relationMark } from '$lib/export/svg-relation';
import type { Point } from '$lib/layout/point';
import type { RelationShape } from '$lib/stage/relation-geometry';
import type { Actor, Relation } from '$lib/model/schema';

/** How much heavier lines are on a slide than on screen: they must carry across a room. */
export const SLIDE_WEIGHT = 1.6;

/**
 * A relation's style for a slide: the same colour, pattern and ending as on
 * screen and in the export, with lines, cores and dash patterns made
 * heavier by the same factor, so the patterns keep their proportions.
 */
export function slideStyle(style: RelationStyle): RelationStyle {
	const scale = (pattern: string | undefined) =>
		pattern
			?.split(/\s+/)
			.map((length) => Math.round(Number(length) * SLIDE_WEIGHT * 100) / 100)
			.join(' ');
	return {
		...style,
		width: style.width * SLIDE_WEIGHT,
		doubleCore: style.doubleCore === undefined ? undefined : style.doubleCore * SLIDE_WEIGHT,
		dash: scale(style.dash),
		brokenOverlay: scale(style.brokenOverlay)
	};
}

/**
 * A relation drawn on a slide as the SVG export draws it, so the room, the
 * handout and the exported picture agree. No link: a click on a slide must
 * not leave the briefing; the slide's text says what the picture shows.
 */
export function svgRelation(
	relation: Relation,
	shape: RelationShape,
	style: RelationStyle
): string {
	return relationMark(relation, shape, slideStyle(style), {
		title: '',
		selected: false,
		faded: false
	});
}

/** An actor drawn on a slide as the SVG export draws it. */
export function svgActor(actor: Actor, place: Point, radius: number): string {
	return actorMark(actor, place, radius, { selected: false, faded: false });
}
