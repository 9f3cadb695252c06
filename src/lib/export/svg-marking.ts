import type { SvgBlock } from './svg-block';
import { element, text } from './svg-element';
import { LIGHT_PALETTE } from '$lib/stage/visual-constants';
import { fitLine } from './fit-line';

/**
 * The graph's handling line (its `marking`), centred and bold across
 * `width`, as every page and slide carries it at its top and its bottom;
 * nothing, zero high, when the graph has none. A marking too long for the
 * width is shortened with "…" rather than wrapped, so that it stays one line.
 */
export function markingBlock(marking: string | undefined, width: number, size: number): SvgBlock {
	const words = marking?.trim() ?? '';
	const line = words ? fitLine(words, width, size, 'bold') : '';
	return {
		width,
		height: line ? Math.ceil(size * 1.3) : 0,
		draw(x, y) {
			if (!line) return '';
			return element(
				'text',
				{
					class: 'marking',
					x: x + width / 2,
					y: y + size,
					'font-size': size,
					'font-weight': 700,
					'text-anchor': 'middle',
					fill: LIGHT_PALETTE.ink
				},
				text(line)
			);
		}
	};
}
