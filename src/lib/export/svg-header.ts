import type { SvgBlock } from './svg-block';
import { element, text } from './svg-element';
import { LIGHT_PALETTE } from '$lib/stage/visual-constants';
import { wrapText } from './wrap-text';

const { ink: INK, muted: MUTED } = LIGHT_PALETTE;

const TITLE_SIZE = 22;
const TITLE_LINE = 28;
const SUBTITLE_SIZE = 14;
const SUBTITLE_LINE = 20;

/** The picture's title and, below it, its subtitle (as-of date and what it shows), wrapped to `width`. */
export function headerBlock(title: string, subtitle: string, width: number): SvgBlock {
	const titleLines = wrapText(title, width, TITLE_SIZE, 'bold');
	const subtitleLines = wrapText(subtitle, width, SUBTITLE_SIZE);
	const height = titleLines.length * TITLE_LINE + 6 + subtitleLines.length * SUBTITLE_LINE;
	return {
		width,
		height,
		draw(x, y) {
			const lines = [
				...titleLines.map((line, index) =>
					element(
						'text',
						{
							x,
							y: y + TITLE_SIZE + index * TITLE_LINE,
							'font-size': TITLE_SIZE,
							'font-weight': 700,
							fill: INK
						},
						text(line)
					)
				),
				...subtitleLines.map((line, index) =>
					element(
						'text',
						{
							x,
							y: y + titleLines.length * TITLE_LINE + 6 + SUBTITLE_SIZE + index * SUBTITLE_LINE,
							'font-size': SUBTITLE_SIZE,
							fill: MUTED
						},
						text(line)
					)
				)
			];
			return element('g', { class: 'header' }, ...lines);
		}
	};
}
