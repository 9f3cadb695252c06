import { formatPartialDate } from '$lib/model/partial-date';
import type { Source } from '$lib/model/schema';
import { flowIntoColumns } from './column-flow';
import type { SvgBlock } from './svg-block';
import { element, text } from './svg-element';
import { LIGHT_PALETTE } from '$lib/stage/visual-constants';
import { isWebLink } from './web-link';
import { wrapText } from './wrap-text';

const { ink: INK, link: LINK, muted: MUTED, rule: RULE } = LIGHT_PALETTE;

const SIZE = 12;
const LINE = 16;
const HEADING_SIZE = 12;
const HEADING = 24;
const ENTRY_GAP = 5;
const COLUMN_GAP = 32;
const NARROWEST_COLUMN = 380;
/** The source numbers stand in a gutter, the entries' text aligned beside them. */
const GUTTER = 34;
const RULE_GAP = 18;

/** A relation as the footer lists it: in words, then the numbers of its sources. */
export interface CitedRelation {
	id: string;
	words: string;
	citation: string;
}

interface Entry {
	heading?: string;
	height: number;
	draw(x: number, y: number): string;
}

/**
 * The footer of numbered sources: each relation drawn, in words, with the
 * numbers of the sources its evidence cites, then the sources by number with
 * title, publisher, date and link. Flows into as many balanced columns as the
 * width holds, so that a printed copy says where each line comes from.
 */
export function footerBlock(
	relations: readonly CitedRelation[],
	sources: readonly Source[],
	width: number
): SvgBlock {
	const columns = Math.max(1, Math.floor((width + COLUMN_GAP) / (NARROWEST_COLUMN + COLUMN_GAP)));
	const columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
	const entries: Entry[] = [
		...relations.map((relation, index) =>
			relationEntry(
				relation,
				columnWidth,
				index === 0 ? 'Relations shown, with their sources' : undefined
			)
		),
		...sources.map((source, index) =>
			sourceEntry(source, index + 1, columnWidth, index === 0 ? 'Sources' : undefined)
		)
	];
	const starts = flowIntoColumns(
		entries.map((entry) => entry.height),
		columns
	);
	const columnHeights = starts.map((start, index) =>
		entries.slice(start, starts[index + 1]).reduce((sum, entry) => sum + entry.height, 0)
	);
	const height = entries.length === 0 ? 0 : Math.ceil(RULE_GAP + Math.max(...columnHeights));

	return {
		width,
		height,
		draw(x, y) {
			if (entries.length === 0) return '';
			const parts = [
				element('line', { x1: x, y1: y + 0.5, x2: x + width, y2: y + 0.5, stroke: RULE })
			];
			starts.forEach((start, column) => {
				let top = y + RULE_GAP;
				const left = x + column * (columnWidth + COLUMN_GAP);
				for (const entry of entries.slice(start, starts[column + 1])) {
					parts.push(entry.draw(left, top));
					top += entry.height;
				}
			});
			return element('g', { class: 'sources' }, ...parts);
		}
	};
}

function relationEntry(relation: CitedRelation, width: number, heading?: string): Entry {
	// A no-break space keeps the citation with the last word.
	const lines = wrapText(`${relation.words}\u00A0${relation.citation}`, width - 12, SIZE);
	const top = heading ? HEADING : 0;
	return {
		heading,
		height: top + lines.length * LINE + ENTRY_GAP,
		draw: (x, y) =>
			(heading ? headingText(heading, x, y) : '') +
			element(
				'text',
				{ 'data-relation': relation.id, 'font-size': SIZE, fill: INK },
				...lines.map((line, index) =>
					// Lines after the first hang indented, so each relation reads as one item.
					element(
						'tspan',
						{ x: index === 0 ? x : x + 12, y: y + top + SIZE + index * LINE },
						text(line)
					)
				)
			)
	};
}

function sourceEntry(source: Source, number: number, width: number, heading?: string): Entry {
	const words = `${withStop(source.title)} ${source.publisher}, ${formatPartialDate(source.published)}.`;
	const lines = wrapText(words, width - GUTTER, SIZE);
	const { url } = source;
	const web = isWebLink(url);
	const link = web ? wrapText(url, width - GUTTER, SIZE) : [];
	const top = heading ? HEADING : 0;
	const label = `[${number}]`;
	return {
		heading,
		height: top + (lines.length + link.length) * LINE + ENTRY_GAP,
		draw(x, y) {
			const baseline = (index: number) => y + top + SIZE + index * LINE;
			const entry = element(
				'g',
				{ class: 'source', 'data-source': source.id },
				element(
					'text',
					{
						x: x + GUTTER - 6,
						y: baseline(0),
						'font-size': SIZE,
						'font-weight': 700,
						'text-anchor': 'end',
						fill: MUTED
					},
					text(label)
				),
				element(
					'text',
					{ 'font-size': SIZE, fill: INK },
					...lines.map((line, index) =>
						element('tspan', { x: x + GUTTER, y: baseline(index) }, text(line))
					)
				),
				element(
					'text',
					{ 'font-size': SIZE, fill: LINK },
					...link.map((line, index) =>
						element('tspan', { x: x + GUTTER, y: baseline(lines.length + index) }, text(line))
					)
				)
			);
			const linked = web
				? element('a', { href: url }, element('title', {}, text(source.title)), entry)
				: entry;
			return (heading ? headingText(heading, x, y) : '') + linked;
		}
	};
}

function headingText(heading: string, x: number, y: number): string {
	return element(
		'text',
		{ x, y: y + HEADING_SIZE + 2, 'font-size': HEADING_SIZE, 'font-weight': 700, fill: MUTED },
		text(heading)
	);
}

/** A title ends in a full stop unless it already ends in punctuation. */
function withStop(title: string): string {
	return /[.!?…]$/.test(title) ? title : `${title}.`;
}
