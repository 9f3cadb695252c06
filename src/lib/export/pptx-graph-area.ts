import { indexGraph } from '$lib/model/graph-index';
import { pictureFrame } from '$lib/stage/picture-frame';
import { visualGraph } from '$lib/stage/visual-graph';
import type { ExportView } from './export-view';

/**
 * The exported SVG of `view` (`exportSvg`) cut down to its drawing of the
 * network, without the title, legend and sources around it: a slide prints
 * those as text of its own. Only the SVG's frame changes (its size and
 * viewBox), so what lies outside is clipped, not drawn.
 */
export function graphArea(svg: string, view: ExportView): string {
	const placement =
		/<g class="graph" transform="translate\(([-\d.e]+),([-\d.e]+)\)(?: scale\(([-\d.e]+)\))?"/.exec(
			svg
		);
	if (!placement) throw new TypeError('the SVG has no drawing of the network (g.graph) to cut out');
	const [left, top, scale] = [placement[1], placement[2], placement[3] ?? '1'].map(Number);
	const index = view.index ?? indexGraph(view.graph);
	const frame = pictureFrame(visualGraph({ ...view, index, placed: undefined }));
	const x = Math.floor(left + frame.minX * scale);
	const y = Math.floor(top + frame.minY * scale);
	const width = Math.ceil(left + frame.maxX * scale) - x;
	const height = Math.ceil(top + frame.maxY * scale) - y;
	return svg.replace(/<svg\b[^>]*>/, (root) =>
		root
			.replace(/\swidth="[^"]*"/, ` width="${width}"`)
			.replace(/\sheight="[^"]*"/, ` height="${height}"`)
			.replace(/\sviewBox="[^"]*"/, ` viewBox="${x} ${y} ${width} ${height}"`)
	);
}
