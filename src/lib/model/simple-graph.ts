import type { GraphFile } from './schema';

/**
 * The plain node-link format many tools write: `{ nodes: [{ id, label }],
 * links: [{ source, target, type }] }`. Ties reads it for benchmarks and quick
 * looks; it carries no evidence, so each relation gets a note saying so.
 */
export interface SimpleGraph {
	nodes: { id: string; label?: string }[];
	links: { source: string; target: string; type?: string }[];
}

export function isSimpleGraph(json: unknown): json is SimpleGraph {
	return (
		typeof json === 'object' &&
		json !== null &&
		!('actors' in json) &&
		Array.isArray((json as SimpleGraph).nodes) &&
		Array.isArray((json as SimpleGraph).links)
	);
}

const SOURCE_ID = 'node-link-file';

/** A graph file from a node-link graph; the result still goes through `parseGraph`. */
export function fromSimpleGraph(simple: SimpleGraph, title = 'Node-link network'): GraphFile {
	return {
		title,
		asOf: new Date().toISOString().slice(0, 10),
		actors: simple.nodes.map((node) => ({
			id: String(node.id),
			name: String(node.label ?? node.id),
			kind: 'other' as const
		})),
		sources: [
			{
				id: SOURCE_ID,
				title: 'Node-link file without evidence',
				publisher: 'Unknown',
				published: new Date().toISOString().slice(0, 4)
			}
		],
		relations: simple.links.map((link, i) => ({
			id: `link-${i}`,
			type: link.type ?? 'trade',
			source: String(link.source),
			target: String(link.target),
			status: 'reported' as const,
			summary: `Link ${i} of the node-link file`,
			evidence: [{ source: SOURCE_ID, note: 'The node-link file gives no evidence for this link.' }]
		}))
	};
}
