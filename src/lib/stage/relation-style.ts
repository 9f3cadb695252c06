import type { Relation, RelationStatus, RelationType } from '$lib/model/schema';
import { OPACITY, RELATION_SIZES, UNTYPED_COLOUR } from './visual-constants';

/** How a relation line ends at its target actor. */
export type LineEnding = 'none' | 'arrow' | 'bar';

/** How one relation is drawn: the same on screen, on a canvas, in exports and on slides. */
export interface RelationStyle {
	colour: string;
	width: number;
	/** Lengths of dashes and gaps, or undefined for a solid line. */
	dash?: readonly number[];
	/** A double line: a core of the canvas's colour this wide splits it in two. */
	doubleCore?: number;
	/** Doubt (alleged, denied) draws the line and its end fainter. */
	opacity: number;
	/** Doubt perforates a solid line with dots of the canvas's colour. */
	perforation?: { dash: readonly number[]; width: number };
	/** The mark of doubt at the line's middle. */
	badge?: '?' | '×';
	ending: LineEnding;
	/** The stroke width of a bar ending. */
	endWidth: number;
}

const DASHES: Record<RelationType['dash'], readonly number[] | undefined> = {
	solid: undefined,
	'long-dash': [12, 6],
	dotted: [2, 4],
	double: undefined
};

const STATUS_DOUBT: Record<RelationStatus, '?' | '×' | undefined> = {
	confirmed: undefined,
	reported: undefined,
	alleged: '?',
	denied: '×'
};

/** Whether a relation flows one way: its own say, else its type's nature. */
export function isDirected(relation: Pick<Relation, 'directed'>, type?: RelationType): boolean {
	return relation.directed ?? type?.directed ?? false;
}

/** Colour, line and end from the type; strength from the status; heavier by `scale` (slides). */
export function relationStyle(
	relation: Pick<Relation, 'status' | 'directed'>,
	type: RelationType | undefined,
	scale = 1
): RelationStyle {
	const width = (type?.weight ?? (type?.dash === 'dotted' ? 2.5 : 2)) * scale;
	const dash = type ? DASHES[type.dash]?.map((length) => length * scale) : undefined;
	const ending: LineEnding = isDirected(relation, type)
		? type?.end === 'bar'
			? 'bar'
			: 'arrow'
		: 'none';
	const style: RelationStyle = {
		colour: type?.colour ?? UNTYPED_COLOUR,
		width,
		dash,
		opacity: 1,
		ending,
		endWidth: width + RELATION_SIZES.barExtraWidth
	};
	if (type?.dash === 'double') style.doubleCore = width / 3;
	const badge = STATUS_DOUBT[relation.status];
	if (badge) {
		style.opacity = OPACITY.doubt;
		style.badge = badge;
		// A patterned line is already broken; perforating it again would erase it.
		if (!dash) {
			style.perforation = {
				dash: RELATION_SIZES.perforation.map((length) => length * scale),
				width: Math.max(RELATION_SIZES.perforationMinimum, width * RELATION_SIZES.perforationShare)
			};
		}
	}
	return style;
}

/** Words for each status, as the legend, the table and the panel show them. */
export const STATUS_LABELS: Record<RelationStatus, string> = {
	confirmed: 'Confirmed',
	reported: 'Reported',
	alleged: 'Alleged',
	denied: 'Denied'
};
