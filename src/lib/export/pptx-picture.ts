import type { ResolvedStep } from '$lib/present/resolve-step';
import type { SlidePicture } from './pptx-deck';
import { graphArea } from './pptx-graph-area';
import { stepView, type BriefingStage } from './pptx-step-view';
import { pngOfSvg, svgSize } from './png-export';
import { exportSvg } from './svg-export';

/** The PNG stand-in is drawn about this many pixels across: sharp on a projector, light in the file. */
const PNG_WIDTH = 2000;

/**
 * A step's picture for its slide (in a browser): the network as the SVG
 * export draws the step's view, cut to the drawing alone, and a PNG of it.
 * The one place that decides how a slide's picture is drawn.
 */
export async function stepPicture(stage: BriefingStage, step: ResolvedStep): Promise<SlidePicture> {
	const view = stepView(stage, step);
	const svg = graphArea(exportSvg(view), view);
	const { width, height } = svgSize(svg);
	const png = await pngOfSvg(svg, Math.min(4, PNG_WIDTH / width));
	return { svg, width, height, png: new Uint8Array(await png.arrayBuffer()) };
}
