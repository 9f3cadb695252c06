import { describeRelation } from '$lib/model/describe-relation';
import type { GraphIndex } from '$lib/model/graph-index';
import { formatPartialDate } from '$lib/model/partial-date';
import type { GraphFile } from '$lib/model/schema';
import { slideCitations } from '$lib/present/briefing-sources';
import type { ResolvedStep } from '$lib/present/resolve-step';
import { captionPages } from './pptx-caption';
import { CITATIONS_LABEL, citationBlock, type CitationBlock } from './pptx-citations';
import { fitText, lineHeightOf, oneLine, setText } from './pptx-fit';
import { STEP } from './pptx-layout';
import { textBox, type PlannedSlide, type SlideElement, type SlideText } from './pptx-slide';
import type { SourceNumbers } from './source-numbers';

/**
 * The slides of one story step: its picture left; its title above; its
 * caption and the sources it rests on right, numbered as the Sources slides
 * number them; its notes as the speaker notes. A caption too long for one
 * slide runs on to the next, with the same picture, title and notes.
 */
export function stepSlides(
	graph: Pick<GraphFile, 'title' | 'asOf'>,
	index: GraphIndex,
	step: ResolvedStep,
	count: number,
	numbers: SourceNumbers
): PlannedSlide[] {
	const { words } = STEP;
	const date = formatPartialDate(step.asOf ?? graph.asOf);
	const kicker = oneLine(`${graph.title} · As of ${date}`, STEP.kicker.width, STEP.kickerSize);
	const title =
		fitText(step.step.title, STEP.title, STEP.titleSizes, 'bold') ??
		setText(step.step.title, STEP.title.width, STEP.titleSizes.at(-1)!, 'bold');
	const citations = citationBlock(
		slideCitations(numbers, step.focusRelations),
		words.width,
		STEP.citationSizes,
		words.height * STEP.citationShare
	);
	const captionHeight = words.height - (citations.height > 0 ? citations.height + STEP.gap : 0);
	const pages = captionPages(
		step.step.caption,
		{ width: words.width, height: captionHeight },
		STEP.captionSizes
	);
	const description = pictureDescription(index, step);

	return pages.map((caption, part) => {
		const progress = `Step ${step.index + 1} of ${count}${part > 0 ? ' (continued)' : ''}`;
		const elements: SlideElement[] = [
			textBox('graph and date', STEP.kicker, kicker, { tone: 'muted' }),
			textBox('title', STEP.title, title, { tone: 'ink', bold: true }),
			{ kind: 'picture', box: STEP.picture, step, description },
			textBox('caption', { ...words, height: captionHeight }, caption),
			...citationBoxes(citations),
			textBox(
				'progress',
				STEP.progress,
				setText(progress, STEP.progress.width, STEP.progressSize),
				{
					tone: 'muted',
					align: 'right'
				}
			)
		];
		return { role: 'step', elements, notes: step.step.notes };
	});
}

/** The citations at the foot of the words' column, under their label. */
function citationBoxes(block: CitationBlock): SlideText[] {
	if (block.kind === 'none') return [];
	const { words } = STEP;
	const { fontSize } = block;
	const box = { ...words, y: words.y + words.height - block.height, height: block.height };
	const label: SlideText = {
		kind: 'text',
		name: 'sources',
		box,
		paragraphs: [[{ text: CITATIONS_LABEL, bold: true }]],
		fontSize,
		lineHeight: lineHeightOf(fontSize),
		tone: 'muted'
	};
	const paragraphs =
		block.kind === 'listed'
			? block.entries.map((entry) => [{ text: entry.text.lines.join(' ') }])
			: [[{ text: block.text.lines.join(' ') }]];
	label.paragraphs.push(...paragraphs);
	return [label];
}

/** "Title. In focus: Trade between China and North Korea, confirmed; …": what the picture shows. */
function pictureDescription(index: GraphIndex, step: ResolvedStep): string {
	const focus = step.focusRelations
		.map((id) => index.relations.get(id))
		.flatMap((relation) => (relation ? [describeRelation(relation, index)] : []));
	return `${step.step.title}. In focus: ${focus.join('; ') || 'no relation'}.`;
}
