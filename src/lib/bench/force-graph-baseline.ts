import type { ForceGraphResult } from './bench-result';

/**
 * force-graph (vasturiano's canvas viewer on d3-force): from the network's
 * file fetched to the end of the first frame it draws, measured the way Ties'
 * first paint is, in `element`.
 */
export async function runForceGraph(url: string, element: HTMLElement): Promise<ForceGraphResult> {
	const { default: ForceGraph } = await import('force-graph');
	const started = performance.now();
	const data = (await (await fetch(url)).json()) as {
		nodes: { id: string }[];
		links: { source: string; target: string }[];
	};
	await new Promise<void>((resolve) =>
		new ForceGraph(element)
			.width(element.clientWidth)
			.height(element.clientHeight)
			.onRenderFramePost(() => resolve())
			.graphData(data)
	);
	// The end of the frame that drew it, as Ties' first paint is counted.
	await new Promise(requestAnimationFrame);
	return {
		ok: true,
		target: 'force-graph',
		n: data.nodes.length,
		edges: data.links.length,
		firstPaintMs: performance.now() - started
	};
}
