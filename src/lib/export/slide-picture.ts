import { indexGraph } from '$lib/model/graph-index';
import { formatPartialDate } from '$lib/model/partial-date';
import { statusesInUse, typesInUse } from '$lib/model/relation-filter';
import type { Bounds } from '$lib/layout/camera';
import { pictureFrame } from '$lib/stage/picture-frame';
import { textWidth } from '$lib/stage/text-width';
import { ACTOR_SIZES, LIGHT_PALETTE, SLIDE_LINE_SCALE } from '$lib/stage/visual-constants';
import { visualGraph, withNamesAt, type VisualGraph } from '$lib/stage/visual-graph';
import type { ExportView } from './export-view';
import { fitLine, fitLines } from './fit-line';
import { slideLegendBlock } from './slide-legend';
import { sourceNote } from './source-note';
import { numberSources, type SourceNumbers } from './source-numbers';
import { svgDocument } from './svg-document';
import { element, num, text } from './svg-element';
import { graphMarks } from './svg-graph-marks';
import { markingBlock } from './svg-marking';

/** The shape of a slide. */
export type SlideAspect = '16:9' | '4:3';

/** A slide's size in design pixels: what a projector shows at full HD height. */
export const SLIDE_SIZES: Readonly<Record<SlideAspect, { width: number; height: number }>> = {
	'16:9': { width: 1920, height: 1080 },
	'4:3': { width: 1440, height: 1080 }
};

export interface SlideOptions {
	aspect: SlideAspect;
	/** Keep the selection's highlight (the rest faded); without it, every mark at full strength. */
	highlight: boolean;
	/** White (the default), or transparent to lay the slide over a template of one's own. */
	background?: 'white' | 'transparent';
	/** The handout's numbering of the sources, where the slide belongs to a deck; else the page's. */
	sources?: SourceNumbers;
}

/** Sizes in design pixels, for reading from the back of a room (DESIGN.md: captions ≥ 28 px). */
const EDGE = 44;
const SIDE = 72;
const MARKING_SIZE = 22;
const MARKING_GAP = 16;
const TITLE_SIZE = 50;
const TITLE_LINE = 60;
const TITLE_GAP = 10;
const SUBTITLE_SIZE = 28;
const SUBTITLE_LINE = 38;
/** The legend's labels: the largest of these that keeps it to two rows. */
const LEGEND_SIZES = [24, 22, 20];
const NOTE_SIZE = 22;
const NOTE_LINE = 30;
const GAP = 28;
/** Actors' names are never drawn smaller than this on the slide. */
const SMALLEST_NAME = 22;
/** A small graph is drawn larger, but not so large that its circles crowd the room. */
const LARGEST_SCALE = 3;

/**
 * The view as one slide, an SVG document of 1920 × 1080 (16:9) or
 * 1440 × 1080 (4:3) design pixels: the title and the as-of line at the
 * top; the graph as large as the room between them and the legend allows,
 * its names at least 22 px; a compact legend of only the types and statuses
 * drawn, in one or two rows; one line naming the sources the picture rests
 * on by their numbers ("Sources 1–5, see handout"); and the graph's marking
 * at the top and the bottom where it has one.
 *
 * The selection's highlight is dropped unless `highlight` is set; a story
 * step's focus (`focus.kind === 'story'`) is what the step shows and is
 * always kept, and what the step has not told yet is not drawn. Lines are
 * drawn heavier, as in the briefing. Pure: no DOM, the same view and options
 * always give the same bytes. A PowerPoint or PDF deck places this picture
 * as it is.
 */
export function slidePicture(view: ExportView, options: SlideOptions): string {
	const { width, height } = SLIDE_SIZES[options.aspect];
	const { graph } = view;
	const index = view.index ?? indexGraph(graph);
	const story = view.focus?.kind === 'story';
	const focus = options.highlight || story ? view.focus : undefined;
	const stage = visualGraph({
		...view,
		index,
		focus,
		placed: undefined,
		lineScale: SLIDE_LINE_SCALE
	});
	// What a story step has not told yet is not on its slide at all.
	const drawn = stage.relations.filter((relation) => relation.emphasis !== 'hidden');
	const relations = drawn.map((relation) => relation.relation);
	const content = width - 2 * SIDE;

	// From the top: marking, title, as-of line.
	const marking = markingBlock(graph.marking, content, MARKING_SIZE);
	const headerTop = marking.height > 0 ? EDGE + marking.height + MARKING_GAP : EDGE;
	const title = view.title ?? graph.title;
	const titleLines = fitLines(title, content, TITLE_SIZE, 'bold', 2);
	const subtitleLines = fitLines(
		subtitleOf(view, relations.length, story),
		content,
		SUBTITLE_SIZE,
		'normal',
		2
	);
	const headerBottom =
		headerTop + titleLines.length * TITLE_LINE + TITLE_GAP + subtitleLines.length * SUBTITLE_LINE;

	// From the bottom: marking, source note, legend.
	const numbers = options.sources ?? numberSources(relations, index.sources);
	const claimed = drawn.filter((relation) => relation.emphasis !== 'faded');
	const note = fitLine(
		sourceNote(claimed.flatMap((relation) => numbers.byRelation.get(relation.id) ?? [])),
		content,
		NOTE_SIZE
	);
	const footBottom = height - (marking.height > 0 ? EDGE + marking.height + MARKING_GAP : EDGE);
	const noteTop = note ? footBottom - NOTE_LINE : footBottom;
	const shownTypes = new Set(relations.map((relation) => relation.type));
	const shownStatuses = new Set(relations.map((relation) => relation.status));
	const legend = slideLegendBlock(
		typesInUse(graph).filter((type) => shownTypes.has(type.id)),
		statusesInUse(graph).filter((status) => shownStatuses.has(status)),
		drawn.some((relation) => relation.pending),
		content,
		LEGEND_SIZES
	);
	const legendTop = noteTop - legend.height - (legend.height > 0 && note ? 6 : 0);

	// The graph, as large as the largest room free of the words around it allows.
	const headerRight =
		SIDE +
		Math.max(
			...titleLines.map((line) => textWidth(line, TITLE_SIZE, 'bold')),
			...subtitleLines.map((line) => textWidth(line, SUBTITLE_SIZE))
		);
	const footRight = SIDE + Math.max(legend.used, note ? textWidth(note, NOTE_SIZE) : 0);
	const fitted = largestFit({ actors: stage.actors, relations: drawn }, [
		// Between the header and the legend, across the slide: preferred where it does as well.
		{ left: SIDE, top: headerBottom + GAP, right: width - SIDE, bottom: legendTop - GAP },
		// Beside the header, above the legend.
		{ left: headerRight + 2 * GAP, top: headerTop, right: width - SIDE, bottom: legendTop - GAP },
		// Below the header, beside the legend and the note.
		{ left: footRight + 2 * GAP, top: headerBottom + GAP, right: width - SIDE, bottom: footBottom },
		// Beside both.
		{
			left: Math.max(headerRight, footRight) + 2 * GAP,
			top: headerTop,
			right: width - SIDE,
			bottom: footBottom
		}
	]);
	const { frame, scale, area } = fitted;
	const graphLeft = area.left + (area.right - area.left - (frame.maxX - frame.minX) * scale) / 2;
	const graphTop = area.top + (area.bottom - area.top - (frame.maxY - frame.minY) * scale) / 2;

	const header = element(
		'g',
		{ class: 'header' },
		...titleLines.map((line, i) =>
			element(
				'text',
				{
					x: SIDE,
					y: headerTop + TITLE_SIZE + i * TITLE_LINE,
					'font-size': TITLE_SIZE,
					'font-weight': 700,
					fill: LIGHT_PALETTE.ink
				},
				text(line)
			)
		),
		...subtitleLines.map((line, i) =>
			element(
				'text',
				{
					x: SIDE,
					y:
						headerTop +
						titleLines.length * TITLE_LINE +
						TITLE_GAP +
						SUBTITLE_SIZE +
						i * SUBTITLE_LINE,
					'font-size': SUBTITLE_SIZE,
					fill: LIGHT_PALETTE.muted
				},
				text(line)
			)
		)
	);

	return svgDocument(
		view,
		{ width, height, background: options.background },
		marking.draw(SIDE, EDGE),
		header,
		element(
			'g',
			{
				class: 'graph',
				transform: `translate(${num(graphLeft - frame.minX * scale)},${num(graphTop - frame.minY * scale)}) scale(${num(scale)})`
			},
			graphMarks(fitted.visual, index, numbers)
		),
		legend.draw(SIDE, legendTop),
		note
			? element(
					'text',
					{
						class: 'source-note',
						x: SIDE,
						y: noteTop + NOTE_SIZE,
						'font-size': NOTE_SIZE,
						fill: LIGHT_PALETTE.muted
					},
					text(note)
				)
			: '',
		marking.draw(SIDE, height - EDGE - marking.height)
	);
}

/** A free room of the slide, by its edges. */
interface Room {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** The graph fitted into each room, and the one where it is drawn largest; the first unless another does clearly better. */
function largestFit(visual: VisualGraph, rooms: readonly Room[]): Fit & { area: Room } {
	let best: (Fit & { area: Room }) | undefined;
	for (const room of rooms) {
		if (room.right - room.left < 1 || room.bottom - room.top < 1) continue;
		const fit = fitGraph(visual, room);
		if (!best || fit.scale > best.scale * 1.1) best = { ...fit, area: room };
	}
	return best ?? { ...fitGraph(visual, { ...rooms[0], bottom: rooms[0].top + 1 }), area: rooms[0] };
}

interface Fit {
	visual: VisualGraph;
	frame: Bounds;
	scale: number;
}

/**
 * The graph's scale to fill `room`, and its names placed again where that
 * scale would draw them smaller than `SMALLEST_NAME`: larger names take more
 * room, so the scale and the names are worked out in turn until they agree.
 */
function fitGraph(visual: VisualGraph, room: Room): Fit {
	const scaleOf = (frame: Bounds) =>
		Math.max(
			0.01,
			Math.floor(
				100 *
					Math.min(
						LARGEST_SCALE,
						(room.right - room.left) / (frame.maxX - frame.minX),
						(room.bottom - room.top) / (frame.maxY - frame.minY)
					)
			) / 100
		);
	let named = visual;
	let nameScale = 1;
	let frame = pictureFrame(named);
	let scale = scaleOf(frame);
	for (let round = 0; round < 6 && scale > 0; round++) {
		const needed = SMALLEST_NAME / (ACTOR_SIZES.nameSize * scale);
		if (needed <= nameScale + 0.01) break;
		nameScale = Math.ceil(needed * 100) / 100;
		named = { ...visual, actors: withNamesAt(visual.actors, nameScale) };
		frame = pictureFrame(named);
		scale = scaleOf(frame);
	}
	return { visual: named, frame, scale };
}

/** "As of 6 Oct 2024 · How North Korea is tied … · 5 of 7 relations shown"; a story step's starts with the graph's title. */
function subtitleOf(view: ExportView, shown: number, story: boolean): string {
	const { graph } = view;
	const parts: string[] = [];
	if (view.title !== undefined) parts.push(graph.title);
	parts.push(`As of ${formatPartialDate(view.asOf)}`);
	if (view.title === undefined && graph.subtitle) parts.push(graph.subtitle);
	const all = graph.relations.length;
	if (!story && shown < all) parts.push(`${shown} of ${all} relations shown`);
	return parts.join(' · ');
}
