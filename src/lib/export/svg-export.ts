import { describeRelation } from '$lib/model/describe-relation';
import { indexGraph, type GraphIndex } from '$lib/model/graph-index';
import { forceNote } from '$lib/model/force-words';
import { formatPartialDate, type PartialDate } from '$lib/model/partial-date';
import { statusesInUse, typesInUse } from '$lib/model/relation-filter';
import type { Relation } from '$lib/model/schema';
import { visualGraph } from '$lib/stage/visual-graph';
import type { ExportView } from './export-view';
import { pictureFrame } from '$lib/stage/picture-frame';
import { citation, numberSources } from './source-numbers';
import { svgDocument } from './svg-document';
import { element, num } from './svg-element';
import { footerBlock } from './svg-footer';
import { graphMarks } from './svg-graph-marks';
import { headerBlock } from './svg-header';
import { legendBlock } from './svg-legend';
import { markingBlock } from './svg-marking';

export interface SvgExportOptions {
	/** White (the default) for documents and slides; transparent to lay the picture over something else. */
	background?: 'white' | 'transparent';
}

const MARGIN = 40;
/** Narrow graphs still get a picture wide enough for a readable footer. */
const NARROWEST = 960;
const LEGEND_GAP = 40;
const SECTION_GAP = 28;
const LARGEST_SCALE = 1.25;
const MARKING_SIZE = 13;
/** Between the marking and the edge, and between the marking and the rest. */
const MARKING_GAP = 16;

/**
 * The view as a standalone SVG document, ready for slides, reports and print:
 * title and as-of date, the whole graph framed (whatever the camera shows),
 * the legend of the types and statuses drawn, and a footer of numbered
 * sources; the graph's handling line (its marking), where it has one, at the
 * top and at the bottom. Styling is in presentation attributes only: no CSS variables, no
 * scripts, no external references. The same view always gives the same bytes.
 */
export function exportSvg(view: ExportView, options: SvgExportOptions = {}): string {
	const { graph } = view;
	const index = view.index ?? indexGraph(graph);
	// The picture the screen shows, without what only the screen needs (the outline of placed actors).
	const visual = visualGraph({ ...view, index, placed: undefined });
	const relations = visual.relations.map((drawn) => drawn.relation);
	const frame = pictureFrame(visual);

	const shownTypes = new Set(relations.map((r) => r.type));
	const shownStatuses = new Set(relations.map((r) => r.status));
	const legend = legendBlock(
		typesInUse(graph).filter((type) => shownTypes.has(type.id)),
		statusesInUse(graph).filter((status) => shownStatuses.has(status)),
		visual.relations.some((drawn) => drawn.pending)
	);
	const legendSpace = legend.height > 0 && shownTypes.size > 0 ? LEGEND_GAP + legend.width : 0;
	const width = Math.ceil(Math.max(NARROWEST, 2 * MARGIN + frame.maxX - frame.minX + legendSpace));
	const content = width - 2 * MARGIN;
	// A small graph is drawn larger, up to the screen's largest zoom, to fill the picture.
	const scale =
		Math.floor(
			100 *
				Math.min(LARGEST_SCALE, Math.max(1, (content - legendSpace) / (frame.maxX - frame.minX)))
		) / 100;
	const graphWidth = (frame.maxX - frame.minX) * scale;
	const graphHeight = (frame.maxY - frame.minY) * scale;

	const title = view.title ?? graph.title;
	const header = headerBlock(title, subtitleOf(view, relations.length), content);
	// The handling line, at the top and at the bottom, in the margins' room and a little more.
	const marking = markingBlock(graph.marking, content, MARKING_SIZE);
	const top = marking.height > 0 ? MARKING_GAP + marking.height + MARKING_GAP : MARGIN;
	const numbers = numberSources(relations, index.sources);
	const footer = footerBlock(
		relations.map((relation) => ({
			id: relation.id,
			words: relationWords(relation, index, view.asOf),
			citation: citation(numbers.byRelation.get(relation.id) ?? [])
		})),
		numbers.sources,
		content
	);

	const bodyTop = top + header.height + SECTION_GAP;
	const bodyHeight = Math.max(graphHeight, legendSpace > 0 ? legend.height : 0);
	const footerTop = bodyTop + bodyHeight + SECTION_GAP;
	const height = Math.ceil(
		(footer.height > 0 ? footerTop + footer.height : bodyTop + bodyHeight) +
			(marking.height > 0 ? MARKING_GAP + marking.height + MARKING_GAP : MARGIN)
	);
	const graphLeft = MARGIN + (content - legendSpace - graphWidth) / 2;
	const graphTop = bodyTop + (bodyHeight - graphHeight) / 2;

	return svgDocument(
		view,
		{ width, height, background: options.background },
		header.draw(MARGIN, top),
		element(
			'g',
			{
				class: 'graph',
				transform: `translate(${num(graphLeft - frame.minX * scale)},${num(graphTop - frame.minY * scale)})${scale === 1 ? '' : ` scale(${num(scale)})`}`
			},
			graphMarks(visual, index, numbers)
		),
		legendSpace > 0 ? legend.draw(width - MARGIN - legend.width, bodyTop) : '',
		footer.draw(MARGIN, footerTop),
		marking.draw(MARGIN, MARKING_GAP),
		marking.draw(MARGIN, height - MARKING_GAP - marking.height)
	);
}

/**
 * A relation in the footer's words, and, where it was not plainly in force
 * on the picture's date, where it stood: "Defense pact between Russia and
 * North Korea, confirmed; signed, not yet in force as of 6 Oct 2024".
 */
function relationWords(relation: Relation, index: GraphIndex, asOf: PartialDate): string {
	const standing = forceNote(relation, asOf);
	return `${describeRelation(relation, index)}${standing ? `; ${standing}` : ''}`;
}

/** "As of 6 Oct 2024 · How North Korea is tied … · 5 of 7 relations shown". */
function subtitleOf(view: ExportView, shown: number): string {
	const parts = [`As of ${formatPartialDate(view.asOf)}`];
	if (view.graph.subtitle) parts.push(view.graph.subtitle);
	const all = view.graph.relations.length;
	if (shown < all) parts.push(`${shown} of ${all} relations shown`);
	return parts.join(' · ');
}
