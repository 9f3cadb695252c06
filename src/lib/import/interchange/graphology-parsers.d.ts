// The readers' shared factories, which take the DOM to use: the browser's, or a stand-in's in tests.
declare module 'graphology-graphml/common/parser.js' {
	import type Graph from 'graphology';
	type Parse = (
		graph: typeof Graph,
		source: Document,
		options?: { addMissingNodes?: boolean }
	) => Graph;
	export default function createParser(
		parser: new () => DOMParser,
		document: abstract new () => Document
	): Parse;
}

declare module 'graphology-gexf/common/parser.js' {
	import type Graph from 'graphology';
	type Parse = (
		graph: new () => Graph,
		source: Document,
		options?: {
			addMissingNodes?: boolean;
			allowUndeclaredAttributes?: boolean;
			respectInputGraphType?: boolean;
		}
	) => Graph;
	export default function createParser(
		parser: new () => DOMParser,
		document: abstract new () => Document
	): Parse;
}
