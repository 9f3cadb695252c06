import type { LineEnding } from '$lib/stage/relation-geometry';
import type { Relation, RelationStatus, RelationType } from '$lib/model/schema';

/** How one relation is drawn: the same on screen, in exports and on slides. */
export interface RelationStyle {
	colour: string;
	width: number;
	/** SVG stroke-dasharray, or undefined for a solid line. */
	dash?: string;
	/** A pact is drawn as two thin strokes: a white core this wide splits the line. */
	doubleCore?: number;
	opacity: number;
	/** Alleged and denied relations get a white dotted overlay that breaks the line up. */
	brokenOverlay?: string;
	/** The midpoint badge: "?" for alleged, "×" for denied. */
	badge?: '?' | '×';
	ending: LineEnding;
}

const DASHES: Record<RelationType['dash'], string | undefined> = {
	solid: undefined,
	'long-dash': '12 6',
	dotted: '2 4',
	double: undefined
};

/** Whether a relation flows one way: its own say, else its type's nature. */
export function isDirected(relation: Relation, type: RelationType | undefined): boolean {
	return relation.directed ?? type?.directed ?? false;
}

/** Colour, line and end from the type; strength from the status. */
export function relationStyle(relation: Relation, type: RelationType | undefined): RelationStyle {
	const colour = type?.colour ?? '#6B6B6B';
	const width = type?.weight ?? (type?.dash === 'dotted' ? 2.5 : 2);
	const directed = isDirected(relation, type);
	const style: RelationStyle = {
		colour,
		width,
		dash: type ? DASHES[type.dash] : undefined,
		opacity: 1,
		ending: directed ? (type?.end === 'bar' ? 'bar' : 'arrow') : 'none'
	};
	if (type?.dash === 'double') style.doubleCore = width / 3;
	const doubt = STATUS_DOUBT[relation.status];
	if (doubt) {
		style.opacity = 0.65;
		// A patterned line is already broken; perforating it again would erase it.
		if (style.dash === undefined) style.brokenOverlay = '3 3';
		style.badge = doubt;
	}
	return style;
}

const STATUS_DOUBT: Record<RelationStatus, '?' | '×' | undefined> = {
	confirmed: undefined,
	reported: undefined,
	alleged: '?',
	denied: '×'
};

/** Words for each status, as the legend, the table and the panel show them. */
export const STATUS_LABELS: Record<RelationStatus, string> = {
	confirmed: 'Confirmed',
	reported: 'Reported',
	alleged: 'Alleged',
	denied: 'Denied'
};
