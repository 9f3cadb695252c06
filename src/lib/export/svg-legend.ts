import {
	PENDING_SIGN,
	relationStyle,
	STATUS_LABELS,
	type RelationStyle
} from '$lib/stage/relation-style';
import type { RelationStatus, RelationType } from '$lib/model/schema';
import { sampleNode } from '$lib/render/svg-mark-nodes';
import { sampleDrawing } from '$lib/render/svg-marks';
import { opacityOnce } from './opacity-once';
import type { SvgBlock } from './svg-block';
import { element, serialize, text } from './svg-element';
import { LIGHT_PALETTE } from '$lib/stage/visual-constants';
import { textWidth } from '$lib/stage/text-width';

const { canvas: CANVAS, ink: INK, muted: MUTED, rule: RULE } = LIGHT_PALETTE;

/** How long a legend's sample line is. */
export const SAMPLE = 44;
/** The status mark on a sample line (a badge of doubt this big; a bead in proportion). */
export const SAMPLE_BADGE = 7;
const PADDING = 14;
const HEADING_SIZE = 12;
const LABEL_SIZE = 13;
const ROW = 24;
const GAP = 10;

/** Statuses with a mark say what it means. */
const STATUS_WORDS: Record<RelationStatus, string> = {
	...STATUS_LABELS,
	reported: `${STATUS_LABELS.reported} (marked ○)`,
	alleged: `${STATUS_LABELS.alleged} (faded, marked ?)`,
	denied: `${STATUS_LABELS.denied} (faded, marked ×)`
};

/** An agreement drawn before it took effect. */
export const PENDING_WORDS = `Signed, not yet in force (marked ${PENDING_SIGN})`;

/** A neutral line, so that the status rows show the status alone. */
export const NEUTRAL: RelationType = {
	id: 'status',
	label: 'status',
	colour: INK,
	dash: 'solid',
	end: 'none',
	directed: false
};

/**
 * The legend of the picture: a sample line and the name of each type shown,
 * then each status shown when there is more than one, drawn as on the lines.
 */
export function legendBlock(
	types: readonly RelationType[],
	statuses: readonly RelationStatus[],
	pending = false
): SvgBlock {
	const rows: { heading?: string; label?: string; style?: RelationStyle }[] = [];
	if (types.length > 0) rows.push({ heading: 'Relation types' });
	for (const type of types)
		rows.push({ label: type.label, style: relationStyle({ status: 'confirmed' }, type) });
	if (statuses.length > 1 || pending) {
		rows.push({ heading: 'Status' });
		for (const status of statuses.length > 1 ? statuses : []) {
			rows.push({
				label: STATUS_WORDS[status],
				style: relationStyle({ status }, NEUTRAL)
			});
		}
		if (pending)
			rows.push({
				label: PENDING_WORDS,
				style: relationStyle({ status: 'confirmed' }, NEUTRAL, 1, true)
			});
	}
	const labelWidth = Math.max(
		0,
		...rows.map((row) =>
			row.heading
				? textWidth(row.heading, HEADING_SIZE, 'bold') - SAMPLE - GAP
				: textWidth(row.label!, LABEL_SIZE)
		)
	);
	const width = Math.ceil(PADDING * 2 + SAMPLE + GAP + labelWidth);
	const rowHeight = (row: (typeof rows)[number], index: number) =>
		row.heading ? (index === 0 ? 20 : 28) : ROW;
	const height = Math.ceil(
		PADDING * 2 + rows.reduce((sum, row, index) => sum + rowHeight(row, index), 0)
	);

	return {
		width,
		height,
		draw(x, y) {
			const parts = [
				element('rect', {
					x: x + 0.5,
					y: y + 0.5,
					width: width - 1,
					height: height - 1,
					rx: 6,
					fill: CANVAS,
					stroke: RULE
				})
			];
			let top = y + PADDING;
			rows.forEach((row, index) => {
				const rowTop = top;
				top += rowHeight(row, index);
				if (row.heading) {
					parts.push(
						element(
							'text',
							{
								x: x + PADDING,
								y: top - 6,
								'font-size': HEADING_SIZE,
								'font-weight': 700,
								fill: MUTED
							},
							text(row.heading)
						)
					);
					return;
				}
				const middle = rowTop + ROW / 2;
				const from = { x: x + PADDING, y: middle };
				const to = { x: x + PADDING + SAMPLE, y: middle };
				const sample = sampleDrawing(row.style!, from, to, LIGHT_PALETTE, SAMPLE_BADGE);
				parts.push(serialize(opacityOnce(sampleNode(sample))));
				parts.push(
					element(
						'text',
						{
							x: x + PADDING + SAMPLE + GAP,
							y: middle + LABEL_SIZE * 0.35,
							'font-size': LABEL_SIZE,
							fill: INK
						},
						text(row.label!)
					)
				);
			});
			return element('g', { class: 'legend' }, ...parts);
		}
	};
}
