/** The parts of graphology-layout-forceatlas2 its worker supervisor is made of, which it ships untyped. */
declare module 'graphology-layout-forceatlas2/iterate.js' {
	export default function iterate(settings: object, nodes: Float32Array, edges: Float32Array): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
	import type Graph from 'graphology';
	export function graphToByteArrays(
		graph: Graph,
		edgeWeight: () => number
	): { nodes: Float32Array; edges: Float32Array };
	export function assignLayoutChanges(graph: Graph, nodes: Float32Array, reducer: null): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
	const defaults: Record<string, unknown>;
	export default defaults;
}
