import { indexGraph, type GraphIndex } from '$lib/model/graph-index';
import type { GraphFile, StoryStep } from '$lib/model/schema';
import { briefingSources } from '$lib/present/briefing-sources';
import { resolveStep } from '$lib/present/resolve-step';
import { fitText, setText } from './pptx-fit';
import { MARKING, SOURCES } from './pptx-layout';
import { textBox, type PlannedSlide, type SlideText } from './pptx-slide';
import { sourcePages } from './pptx-sources';
import { stepSlides } from './pptx-step-slide';
import { titleSlide } from './pptx-title-slide';

/**
 * The deck of a briefing, every slide laid out: a title slide, the slides of
 * each story step in order, then the numbered sources over as many slides as
 * they take. A source has one number throughout, the one the Sources slides
 * give it. The graph's marking, if any, stands at the top and the bottom of
 * every slide.
 */
export function deckPlan(
	graph: GraphFile,
	steps: readonly StoryStep[],
	index: GraphIndex = indexGraph(graph)
): PlannedSlide[] {
	const numbers = briefingSources(graph, index.sources, steps);
	const slides = [
		titleSlide(graph, steps.length),
		...steps.flatMap((_, i) =>
			stepSlides(graph, index, resolveStep(graph, steps, i), steps.length, numbers)
		),
		...sourcesSlides(numbers.sources)
	];
	const marking = graph.marking?.trim() ? markingBoxes(graph.marking.trim()) : [];
	return slides.map((slide) => ({ ...slide, elements: [...slide.elements, ...marking] }));
}

/** The numbered list of sources, "Sources", then "Sources (continued)" on the slides after. */
function sourcesSlides(sources: Parameters<typeof sourcePages>[0]): PlannedSlide[] {
	const pages = sourcePages(sources, SOURCES.list, SOURCES.size, SOURCES.spaceAfter);
	return pages.map((entries, page) => {
		const heading = page === 0 ? 'Sources' : 'Sources (continued)';
		const list: SlideText = {
			kind: 'text',
			name: 'sources',
			box: SOURCES.list,
			paragraphs: entries.map((entry) => [
				{ text: `[${entry.number}] `, bold: true },
				{ text: entry.url ? `${entry.words} ` : entry.words },
				...(entry.url === undefined
					? []
					: [entry.link ? { text: entry.url, link: entry.url } : { text: entry.url }])
			]),
			fontSize: SOURCES.size,
			lineHeight: entries[0].text.lineHeight,
			tone: 'ink',
			spaceAfter: SOURCES.spaceAfter
		};
		return {
			role: 'sources',
			elements: [
				textBox(
					'heading',
					SOURCES.heading,
					setText(heading, SOURCES.heading.width, SOURCES.headingSize, 'bold'),
					{ tone: 'ink', bold: true }
				),
				list
			]
		};
	});
}

/** The handling line, centred at the top and the bottom of a slide. */
function markingBoxes(marking: string): SlideText[] {
	const set =
		fitText(marking, MARKING.top, MARKING.sizes, 'bold') ??
		setText(marking, MARKING.top.width, MARKING.sizes.at(-1)!, 'bold');
	const style = { tone: 'ink', bold: true, align: 'center' } as const;
	return [
		textBox('marking', MARKING.top, set, style),
		textBox('marking', MARKING.bottom, set, style)
	];
}
