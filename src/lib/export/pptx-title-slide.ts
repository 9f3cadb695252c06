import { formatPartialDate } from '$lib/model/partial-date';
import type { GraphFile } from '$lib/model/schema';
import { fitText, heightOf, setText, type FittedText } from './pptx-fit';
import { TITLE } from './pptx-layout';
import { textBox, type PlannedSlide, type SlideElement } from './pptx-slide';

const GAP = { afterTitle: 14, afterSubtitle: 22, afterDate: 26 };

/**
 * The deck's first slide: the graph's title, its subtitle, the date it is
 * drawn as of and how many steps the briefing takes, and its description when
 * that is short enough to read on a slide; a longer one goes to the speaker
 * notes. The block stands a little above the middle, a bar at its left.
 */
export function titleSlide(
	graph: Pick<GraphFile, 'title' | 'subtitle' | 'asOf' | 'description'>,
	stepCount: number
): PlannedSlide {
	const width = TITLE.width;
	const title =
		fitText(graph.title, { width, height: TITLE.titleHeight }, TITLE.titleSizes, 'bold') ??
		setText(graph.title, width, TITLE.titleSizes.at(-1)!, 'bold');
	const subtitle = graph.subtitle
		? (fitText(graph.subtitle, { width, height: TITLE.subtitleHeight }, TITLE.subtitleSizes) ??
			setText(graph.subtitle, width, TITLE.subtitleSizes.at(-1)!))
		: undefined;
	const steps = `${stepCount} ${stepCount === 1 ? 'step' : 'steps'}`;
	const date = setText(
		`As of ${formatPartialDate(graph.asOf)} · ${steps}`,
		width,
		TITLE.dateSize,
		'bold'
	);
	const description = graph.description
		? fitText(graph.description, { width, height: TITLE.descriptionHeight }, TITLE.descriptionSizes)
		: undefined;

	const blocks: { name: string; set: FittedText; gap: number; muted?: boolean; bold?: boolean }[] =
		[
			{ name: 'title', set: title, gap: subtitle ? GAP.afterTitle : GAP.afterSubtitle, bold: true },
			...(subtitle ? [{ name: 'subtitle', set: subtitle, gap: GAP.afterSubtitle }] : []),
			{ name: 'date', set: date, gap: GAP.afterDate, muted: true, bold: true },
			...(description ? [{ name: 'description', set: description, gap: 0 }] : [])
		];
	const total = blocks.reduce((sum, block, i) => {
		const last = i === blocks.length - 1;
		return sum + heightOf(block.set) + (last ? 0 : block.gap);
	}, 0);
	// A little above the middle, where the eye expects a title; never above the top margin.
	let y = Math.max(TITLE.top, (TITLE.top + TITLE.bottom - total) / 2 - 20);
	const elements: SlideElement[] = [
		{ kind: 'bar', box: { x: TITLE.bar.x, y, width: TITLE.bar.width, height: heightOf(title) } }
	];
	for (const block of blocks) {
		const box = { x: TITLE.x, y, width, height: heightOf(block.set) };
		elements.push(
			textBox(block.name, box, block.set, { tone: block.muted ? 'muted' : 'ink', bold: block.bold })
		);
		y += box.height + block.gap;
	}
	const notes = graph.description && !description ? graph.description : undefined;
	return { role: 'title', elements, notes };
}
