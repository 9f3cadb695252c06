// The writer alone: the package's browser entry also loads a parser that needs
// a DOMParser at load time, and its Node entry bundles an XML DOM we don't need.
declare module 'graphology-gexf/browser/writer.js' {
	import type Graph from 'graphology';
	import type { GexfWriterOptions } from 'graphology-gexf/common/types';
	export default function write(graph: Graph, options?: GexfWriterOptions): string;
}
