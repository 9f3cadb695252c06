import type { Relation, RelationStatus, RelationType } from '$lib/model/schema';
import { OPACITY, RELATION_SIZES, UNTYPED_COLOUR } from './visual-constants';

/** How a relation line ends at its target actor. */
export type LineEnding = 'none' | 'arrow' | 'bar';

/**
 * The mark at a line's middle that tells its status apart in grayscale: an
 * empty bead for reported (not yet confirmed), "?" for alleged, "×" for
 * denied; a confirmed relation has none. "…" marks an agreement signed but
 * not yet in force on the picture's date.
 */
export type StatusSign = '' | '?' | '×' | '…';

/** The mark of a relation signed, not yet in force: pending. */
export const PENDING_SIGN = '…';

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
	/** The mark of its status at the line's middle. */
	badge?: StatusSign;
	ending: LineEnding;
	/** The stroke width of a bar ending. */
	endWidth: number;
}

const DASHES: Record<RelationType['dash'], readonly number[] | undefined> = {
	solid: undefined,
	'long-dash': [12, 6],
	'short-dash': [5, 4],
	'dash-dot': [10, 4, 2, 4],
	dotted: [2, 4],
	double: undefined
};

const STATUS_SIGNS: Record<RelationStatus, StatusSign | undefined> = {
	confirmed: undefined,
	reported: '',
	alleged: '?',
	denied: '×'
};

/** Whether a status casts doubt: drawn fainter, and perforated where the line is solid. */
const DOUBTED: Record<RelationStatus, boolean> = {
	confirmed: false,
	reported: false,
	alleged: true,
	denied: true
};

/** The radius of a status mark: a bead for reported, a disc with a sign for doubt. */
export function signRadius(sign: StatusSign): number {
	return sign === '' ? RELATION_SIZES.beadRadius : RELATION_SIZES.badgeRadius;
}

/** Whether a relation flows one way: its own say, else its type's nature. */
export function isDirected(relation: Pick<Relation, 'directed'>, type?: RelationType): boolean {
	return relation.directed ?? type?.directed ?? false;
}

/**
 * Colour, line and end from the type; strength from the status; heavier by
 * `scale` (slides). A `pending` relation (signed, not yet in force) carries
 * the pending mark, unless its status casts doubt, whose mark says more.
 */
export function relationStyle(
	relation: Pick<Relation, 'status' | 'directed'>,
	type: RelationType | undefined,
	scale = 1,
	pending = false
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
	const sign = pending && !DOUBTED[relation.status] ? PENDING_SIGN : STATUS_SIGNS[relation.status];
	if (sign !== undefined) style.badge = sign;
	if (DOUBTED[relation.status]) {
		style.opacity = OPACITY.doubt;
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
