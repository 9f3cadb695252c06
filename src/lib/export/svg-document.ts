import { formatPartialDate } from '$lib/model/partial-date';
import { FONT_STACK, LIGHT_PALETTE } from '$lib/stage/visual-constants';
import type { ExportView } from './export-view';
import { element, text } from './svg-element';

/** An exported picture's size in pixels, and its ground. */
export interface SvgPage {
	width: number;
	height: number;
	/** White (the default), or transparent to lay the picture over something else. */
	background?: 'white' | 'transparent';
}

/**
 * The view's picture as a standalone SVG document of `width` × `height`
 * pixels around `marks` (markup already built): titled with the view's title
 * (else the graph's) and its as-of date, described by the graph's subtitle,
 * on a white ground unless transparent. The same view, page and marks always
 * give the same bytes.
 */
export function svgDocument(
	view: Pick<ExportView, 'graph' | 'asOf' | 'title'>,
	page: SvgPage,
	...marks: string[]
): string {
	const { width, height } = page;
	const { graph } = view;
	const title = view.title ?? graph.title;
	const svg = element(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			'font-family': FONT_STACK
		},
		element('title', {}, text(`${title} — as of ${formatPartialDate(view.asOf)}`)),
		graph.subtitle ? element('desc', {}, text(graph.subtitle)) : '',
		page.background === 'transparent'
			? ''
			: element('rect', { class: 'background', width, height, fill: LIGHT_PALETTE.canvas }),
		...marks
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}
