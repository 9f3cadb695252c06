import PptxGenJS from 'pptxgenjs';
import { indexGraph, type GraphIndex } from '$lib/model/graph-index';
import type { GraphFile, StoryStep } from '$lib/model/schema';
import type { ResolvedStep } from '$lib/present/resolve-step';
import { containIn, type SlideBox } from './pptx-layout';
import { withPngFallbacks, type PngFallback } from './pptx-png-fallback';
import { deckPlan } from './pptx-plan';
import type { SlideBar, SlidePictureArea, SlideText } from './pptx-slide';

/** A step's picture as the deck takes it: the drawing, and a PNG of it for viewers that cannot draw SVG. */
export interface SlidePicture {
	svg: string;
	png: Uint8Array;
	/** The picture's proportions (any unit): it is placed as large as its area allows, never stretched. */
	width: number;
	height: number;
}

/** Draws the picture of a story step. */
export type PictureOf = (step: ResolvedStep) => Promise<SlidePicture>;

/** The deck's one font: every viewer has it or a font of the same widths (Liberation Sans). */
const FONT = 'Arial';
const TONES = { ink: '1F1F1F', muted: '555555' } as const;
const POINTS_PER_INCH = 72;

/**
 * The briefing as a PowerPoint deck (16:9): a title slide, a slide per story
 * step with its picture, title, caption, citations and speaker notes, and the
 * numbered sources, the graph's marking on every slide (see `deckPlan`).
 * Each step's picture is asked of `pictureOf`, once per step, and placed as
 * an SVG with its PNG beside it: PowerPoint 2016 and later draw the SVG,
 * older viewers and LibreOffice the PNG. Returns the bytes of the .pptx file.
 */
export async function buildDeck(
	graph: GraphFile,
	steps: readonly StoryStep[],
	pictureOf: PictureOf,
	index: GraphIndex = indexGraph(graph)
): Promise<Uint8Array> {
	const plan = deckPlan(graph, steps, index);
	const deck = new PptxGenJS();
	deck.layout = 'LAYOUT_WIDE';
	deck.title = graph.title;
	if (graph.subtitle) deck.subject = graph.subtitle;
	deck.theme = { headFontFace: FONT, bodyFontFace: FONT };

	const pictures = new Map<number, Promise<SlidePicture>>();
	const fallbacks: PngFallback[] = [];
	for (const [i, planned] of plan.entries()) {
		const slide = deck.addSlide();
		slide.background = { color: 'FFFFFF' };
		for (const element of planned.elements) {
			if (element.kind === 'text') addText(slide, element);
			else if (element.kind === 'bar') addBar(deck, slide, element);
			else {
				let picture = pictures.get(element.step.index);
				if (!picture) {
					picture = pictureOf(element.step);
					pictures.set(element.step.index, picture);
				}
				const drawn = await picture;
				addPicture(slide, element, drawn);
				fallbacks.push({ slide: i + 1, png: drawn.png });
			}
		}
		if (planned.notes) slide.addNotes(planned.notes);
	}
	const bytes = (await deck.write({ outputType: 'uint8array', compression: true })) as Uint8Array;
	return withPngFallbacks(bytes, fallbacks);
}

function addText(slide: PptxGenJS.Slide, text: SlideText): void {
	const runs: PptxGenJS.TextProps[] = text.paragraphs.flatMap((paragraph, p) =>
		paragraph.map((run, r) => ({
			text: run.text,
			options: {
				bold: run.bold ?? text.bold ?? false,
				...(run.link ? { hyperlink: { url: run.link, tooltip: run.link } } : {}),
				// The last run of a paragraph ends it, but for the last paragraph.
				breakLine: r === paragraph.length - 1 && p < text.paragraphs.length - 1
			}
		}))
	);
	slide.addText(runs, {
		...inches(text.box),
		objectName: text.name,
		fontFace: FONT,
		fontSize: text.fontSize,
		color: TONES[text.tone],
		align: text.align ?? 'left',
		valign: 'top',
		margin: 0,
		lineSpacing: text.lineHeight,
		paraSpaceAfter: text.spaceAfter ?? 0,
		fit: 'none'
	});
}

function addBar(deck: PptxGenJS, slide: PptxGenJS.Slide, bar: SlideBar): void {
	slide.addShape(deck.ShapeType.rect, {
		...inches(bar.box),
		objectName: 'bar',
		fill: { color: TONES.ink },
		line: { color: TONES.ink, width: 0 }
	});
}

function addPicture(slide: PptxGenJS.Slide, area: SlidePictureArea, picture: SlidePicture): void {
	slide.addImage({
		// A data URL: the deck writer also draws it, in a browser, for a stand-in of its own.
		data: `data:image/svg+xml;base64,${base64(picture.svg)}`,
		...inches(containIn(area.box, picture)),
		altText: area.description,
		objectName: 'picture'
	});
}

function inches(box: SlideBox): { x: number; y: number; w: number; h: number } {
	const inch = (points: number) => Math.round((points / POINTS_PER_INCH) * 10_000) / 10_000;
	return { x: inch(box.x), y: inch(box.y), w: inch(box.width), h: inch(box.height) };
}

/** A text as base64 of its UTF-8 bytes, in a browser or in Node. */
function base64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}
