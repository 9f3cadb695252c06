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
	const firstFrame = new Promise<number>((resolve) => {
		const view = new ForceGraph(element)
			.width(element.clientWidth)
			.height(element.clientHeight)
			.onRenderFramePost(() => resolve(performance.now()))
			.graphData(data);
		void view;
	});
	const painted = await firstFrame;
	// The end of the frame that drew it.
	await new Promise(requestAnimationFrame);
	return {
		ok: true,
		target: 'force-graph',
		n: data.nodes.length,
		edges: data.links.length,
		firstPaintMs: Math.max(painted, performance.now()) - started
	};
}
