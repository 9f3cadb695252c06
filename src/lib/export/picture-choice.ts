import type { ExportView } from './export-view';
import { slidePicture } from './slide-picture';
import { exportSvg } from './svg-export';

/** The shape of an exported picture: a page with its references, or a slide. */
export type PictureFormat = 'page' | 'slide-16:9' | 'slide-4:3';

/** What the analyst chose for the picture, whatever the file type. */
export interface PictureChoice {
	format: PictureFormat;
	/** On a slide, keep the selection's highlight; a page draws the view as shown. */
	highlight: boolean;
}

export const PAGE: PictureChoice = { format: 'page', highlight: true };

/** The picture the analyst chose, as SVG text, on white or on nothing. */
export function pictureSvg(
	view: ExportView,
	choice: PictureChoice,
	background: 'white' | 'transparent' = 'white'
): string {
	if (choice.format === 'page') return exportSvg(view, { background });
	return slidePicture(view, {
		aspect: choice.format === 'slide-16:9' ? '16:9' : '4:3',
		highlight: choice.highlight,
		background
	});
}
