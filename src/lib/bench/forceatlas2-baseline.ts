import { spiralStart } from '$lib/layout/spiral-start';
import { seededRandom } from '$lib/layout/seeded-random';
import type { SimpleGraph } from '$lib/model/simple-graph';
import type { ForceAtlas2Result } from './bench-result';
import { watchLongTasks } from './long-tasks';

/** As many iterations as d3-force's ticks: ForceAtlas2 has no end of its own, the analyst stops it. */
export const FORCEATLAS2_ITERATIONS = 300;

/**
 * graphology's ForceAtlas2 in a worker, as Gephi Lite runs it: Barnes–Hut
 * with the settings it infers for the graph, the page applying each
 * iteration's positions to the graph (the library's supervisor, with the
 * worker started from a file of the app's own). Times 300 iterations (projected from
 * those done past `capMs`) and the page's longest task meanwhile.
 */
export async function runForceAtlas2(
	graph: SimpleGraph,
	capMs: number
): Promise<ForceAtlas2Result> {
	const [{ default: Graph }, { default: forceAtlas2 }, helpers, { default: defaults }] =
		await Promise.all([
			import('graphology'),
			import('graphology-layout-forceatlas2'),
			import('graphology-layout-forceatlas2/helpers.js'),
			import('graphology-layout-forceatlas2/defaults.js')
		]);
	const network = new Graph({ multi: true, type: 'undirected' });
	// The same start as Ties': the seeded sunflower spiral.
	const start = spiralStart(graph.nodes.length, seededRandom(1));
	graph.nodes.forEach((node, i) =>
		network.addNode(node.id, { x: start[2 * i], y: start[2 * i + 1] })
	);
	for (const link of graph.links) network.addEdge(link.source, link.target);
	// The library's defaults under the settings it infers, as its supervisor merges them.
	const settings = { ...defaults, ...forceAtlas2.inferSettings(network) };
	const tasks = watchLongTasks();
	const started = performance.now();
	// What the library's supervisor does: matrices to the worker, each iteration's
	// positions back onto the graph, and the next iteration asked for.
	const matrices = helpers.graphToByteArrays(network, () => 1);
	const worker = new Worker(new URL('./forceatlas2.worker.ts', import.meta.url), {
		type: 'module'
	});
	let iterations = 0;
	await new Promise<void>((resolve) => {
		worker.onmessage = (event: MessageEvent<{ nodes: ArrayBuffer }>) => {
			const nodes = new Float32Array(event.data.nodes);
			helpers.assignLayoutChanges(network, nodes, null);
			iterations += 1;
			if (iterations >= FORCEATLAS2_ITERATIONS || performance.now() - started > capMs)
				return resolve();
			worker.postMessage({ settings, nodes: nodes.buffer }, [nodes.buffer]);
		};
		worker.postMessage({ settings, nodes: matrices.nodes.buffer, edges: matrices.edges.buffer }, [
			matrices.nodes.buffer,
			matrices.edges.buffer
		]);
	});
	worker.terminate();
	const elapsed = performance.now() - started;
	const result: ForceAtlas2Result = {
		ok: true,
		target: 'forceatlas2',
		n: graph.nodes.length,
		edges: graph.links.length,
		iterations,
		computeMs: (elapsed * FORCEATLAS2_ITERATIONS) / iterations,
		projected: iterations < FORCEATLAS2_ITERATIONS,
		longestTaskMs: tasks.longestSince(started)
	};
	tasks.stop();
	return result;
}
