/// <reference lib="webworker" />
import iterate from 'graphology-layout-forceatlas2/iterate.js';

/**
 * graphology's ForceAtlas2 worker, message for message as the library's own
 * (webworker.js): one iteration per message, the node matrix handed back. A
 * worker file of the app's own, since the library makes its worker from a
 * blob address, which the app's content security policy refuses.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let edges: Float32Array | undefined;

scope.onmessage = (
	event: MessageEvent<{ settings: object; nodes: ArrayBuffer; edges?: ArrayBuffer }>
) => {
	const nodes = new Float32Array(event.data.nodes);
	if (event.data.edges) edges = new Float32Array(event.data.edges);
	iterate(event.data.settings, nodes, edges!);
	scope.postMessage({ nodes: nodes.buffer }, [nodes.buffer]);
};
