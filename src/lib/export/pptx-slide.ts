import type { ResolvedStep } from '$lib/present/resolve-step';
import type { FittedText } from './pptx-fit';
import type { SlideBox } from './pptx-layout';

/** A stretch of text in one style: plain, bold, or a link. */
export interface TextRun {
	text: string;
	bold?: boolean;
	/** A web address the run links to. */
	link?: string;
}

/** A text box: its paragraphs set at one size, with the line height the deck fixes. */
export interface SlideText {
	kind: 'text';
	/** What the box holds, e.g. "caption": its name in PowerPoint's selection pane. */
	name: string;
	box: SlideBox;
	paragraphs: TextRun[][];
	fontSize: number;
	lineHeight: number;
	bold?: boolean;
	tone: 'ink' | 'muted';
	align?: 'left' | 'center' | 'right';
	/** Points between two paragraphs. */
	spaceAfter?: number;
}

/** Where a step's picture goes: as large as `box` allows, its proportions kept. */
export interface SlidePictureArea {
	kind: 'picture';
	box: SlideBox;
	step: ResolvedStep;
	/** What the picture shows, for those who cannot see it. */
	description: string;
}

/** A plain filled rectangle: the accent bar of the title slide. */
export interface SlideBar {
	kind: 'bar';
	box: SlideBox;
}

export type SlideElement = SlideText | SlidePictureArea | SlideBar;

/** One slide of the deck, everything on it placed. */
export interface PlannedSlide {
	role: 'title' | 'step' | 'sources';
	elements: SlideElement[];
	/** The speaker notes. */
	notes?: string;
}

/** A text box holding one paragraph of set text, in one style. */
export function textBox(
	name: string,
	box: SlideBox,
	set: FittedText,
	style: Pick<SlideText, 'bold' | 'tone' | 'align'> = { tone: 'ink' }
): SlideText {
	return {
		kind: 'text',
		name,
		box,
		paragraphs: [[{ text: set.lines.join(' ') }]],
		fontSize: set.fontSize,
		lineHeight: set.lineHeight,
		...style
	};
}
