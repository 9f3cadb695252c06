import { elementsNamed } from './xml-elements';

/** What yEd draws of a node or edge, kept in its `nodegraphics` and `edgegraphics` data. */
export interface YedGraphics {
	label?: string;
	/** The centre of a node's box. */
	position?: { x: number; y: number };
	/** An edge drawn with no arrow at either end. */
	undirected?: boolean;
}

/**
 * What yEd drew of `element`, from its yFiles data (`y:ShapeNode`'s
 * `y:NodeLabel` and `y:Geometry`, `y:PolyLineEdge`'s `y:EdgeLabel` and
 * `y:Arrows`), and takes that data out of the element, so that the GraphML
 * reader sees only the file's own attributes. `graphicsKeys` are the ids of
 * the `key`s yEd declares with a `yfiles.type`.
 */
export function takeYedGraphics(element: Element, graphicsKeys: ReadonlySet<string>): YedGraphics {
	const graphics: YedGraphics = {};
	for (const data of Array.from(element.children)) {
		if (data.localName !== 'data' || !graphicsKeys.has(data.getAttribute('key') ?? '')) continue;
		const label = [...elementsNamed(data, 'NodeLabel'), ...elementsNamed(data, 'EdgeLabel')]
			.map((each) => each.textContent?.trim() ?? '')
			.find((text) => text !== '');
		if (label) graphics.label = label;
		const geometry = elementsNamed(data, 'Geometry')[0];
		if (geometry) {
			const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) =>
				Number(geometry.getAttribute(name) ?? 'NaN')
			);
			if ([x, y].every(Number.isFinite)) {
				graphics.position = {
					x: x + (Number.isFinite(width) ? width / 2 : 0),
					y: y + (Number.isFinite(height) ? height / 2 : 0)
				};
			}
		}
		const arrows = elementsNamed(data, 'Arrows')[0];
		if (arrows) {
			const none = (end: string) => (arrows.getAttribute(end) ?? 'none') === 'none';
			graphics.undirected = none('source') && none('target');
		}
		element.removeChild(data);
	}
	return graphics;
}
