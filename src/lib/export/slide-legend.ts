import type { RelationStatus, RelationType } from '$lib/model/schema';
import { sampleNode } from '$lib/render/svg-mark-nodes';
import { sampleDrawing } from '$lib/render/svg-marks';
import { relationStyle, STATUS_LABELS, type RelationStyle } from '$lib/stage/relation-style';
import { textWidth } from '$lib/stage/text-width';
import { LIGHT_PALETTE } from '$lib/stage/visual-constants';
import { opacityOnce } from './opacity-once';
import type { SvgBlock } from './svg-block';
import { element, num, serialize, text } from './svg-element';
import { NEUTRAL, SAMPLE, SAMPLE_BADGE } from './svg-legend';

/** One entry: a sample line and what it stands for. */
interface Entry {
	label: string;
	style: RelationStyle;
	/** A status's entry, on a neutral line, rather than a type's. */
	status: boolean;
}

/**
 * A slide's legend, compact enough to sit under the picture: the types
 * shown, each a sample line and its name, then, where more than one status
 * is drawn or an agreement is not yet in force, the statuses on a neutral
 * line. In one or two rows where it can: types and statuses each on a row of
 * their own, else flowing on from one another, at the first of `sizes` (the
 * labels' font sizes, largest first) that needs no more than two rows; at
 * the last size otherwise, in as many rows as it takes. The samples are
 * drawn in proportion, as the page's legend draws them beside 13 px labels.
 */
export function slideLegendBlock(
	types: readonly RelationType[],
	statuses: readonly RelationStatus[],
	pending: boolean,
	width: number,
	sizes: readonly number[]
): SvgBlock & { rows: number; used: number } {
	const typeEntries: Entry[] = types.map((type) => ({
		label: type.label,
		style: relationStyle({ status: 'confirmed' }, type),
		status: false
	}));
	const statusEntries: Entry[] = [
		...(statuses.length > 1 ? statuses : []).map((status) => ({
			label: STATUS_LABELS[status],
			style: relationStyle({ status }, NEUTRAL),
			status: true
		})),
		...(pending
			? [
					{
						label: 'Signed, not yet in force',
						style: relationStyle({ status: 'confirmed' }, NEUTRAL, 1, true),
						status: true
					}
				]
			: [])
	];
	let chosen = rowsOf([typeEntries, statusEntries], width, sizes[sizes.length - 1]);
	search: for (const size of sizes) {
		for (const groups of [[typeEntries, statusEntries], [[...typeEntries, ...statusEntries]]]) {
			const laid = rowsOf(groups, width, size);
			if (laid.rows.length <= 2) {
				chosen = laid;
				break search;
			}
		}
	}
	if (chosen.rows.length > 2)
		chosen = rowsOf([[...typeEntries, ...statusEntries]], width, chosen.size);
	const { rows, size, used } = chosen;
	const { sample, gap, spacing, rowHeight, entryWidth } = measures(size);
	const scale = size / 13;

	return {
		width,
		height: rows.length * rowHeight,
		rows: rows.length,
		used,
		draw(x, y) {
			if (rows.length === 0) return '';
			const parts: string[] = [];
			rows.forEach((row, index) => {
				const middle = y + index * rowHeight + rowHeight / 2;
				let left = x;
				row.forEach((entry, place) => {
					if (place > 0) left += row[place - 1].status === entry.status ? spacing : 2 * spacing;
					// Drawn at the page legend's size, then scaled: the same marks, larger.
					const drawing = sampleDrawing(
						entry.style,
						{ x: 0, y: 0 },
						{ x: SAMPLE, y: 0 },
						LIGHT_PALETTE,
						SAMPLE_BADGE
					);
					parts.push(
						element(
							'g',
							{ transform: `translate(${num(left)},${num(middle)}) scale(${num(scale)})` },
							serialize(opacityOnce(sampleNode(drawing)))
						),
						element(
							'text',
							{
								x: left + sample + gap,
								y: middle + size * 0.35,
								'font-size': size,
								fill: LIGHT_PALETTE.ink
							},
							text(entry.label)
						)
					);
					left += entryWidth(entry);
				});
			});
			return element('g', { class: 'legend' }, ...parts);
		}
	};
}

/** The lengths of a legend whose labels are `size` px. */
function measures(size: number) {
	const sample = (SAMPLE * size) / 13;
	const gap = size * 0.45;
	return {
		sample,
		gap,
		spacing: size * 1.4,
		rowHeight: Math.round(size * 1.75),
		entryWidth: (entry: Entry) => sample + gap + textWidth(entry.label, size)
	};
}

/** The entries in rows no wider than `width`: each group starts a row, an entry that would cross `width` the next. */
function rowsOf(
	groups: readonly (readonly Entry[])[],
	width: number,
	size: number
): { rows: Entry[][]; size: number; used: number } {
	const { spacing, entryWidth } = measures(size);
	// The statuses, flowing on after the types, stand a little apart from them.
	const spaceBefore = (entry: Entry, row: readonly Entry[]) =>
		row[row.length - 1].status === entry.status ? spacing : 2 * spacing;
	const rows: Entry[][] = [];
	let used = 0;
	for (const group of groups) {
		let row: Entry[] = [];
		let filled = 0;
		for (const entry of group) {
			const needed = (row.length > 0 ? spaceBefore(entry, row) : 0) + entryWidth(entry);
			if (row.length > 0 && filled + needed > width) {
				rows.push(row);
				row = [];
				filled = 0;
			}
			filled += (row.length > 0 ? spaceBefore(entry, row) : 0) + entryWidth(entry);
			used = Math.max(used, filled);
			row.push(entry);
		}
		if (row.length > 0) rows.push(row);
	}
	return { rows, size, used: Math.ceil(used) };
}
