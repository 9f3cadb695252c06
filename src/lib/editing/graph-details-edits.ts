import type { GraphFile } from '$lib/model/schema';
import { dropUndefined } from './form-values';

/** What the Graph details form changes: the graph's words about itself and its date. */
export type GraphDetails = Pick<
	GraphFile,
	'title' | 'subtitle' | 'asOf' | 'description' | 'marking'
>;

const KEYS = ['title', 'subtitle', 'description', 'marking', 'asOf'] as const;

/**
 * The graph with its details replaced, in the order a graph file gives them;
 * an optional detail not given is left out of the file. Nothing changed: the
 * same graph, so there is nothing to undo.
 */
export function editGraphDetails(graph: GraphFile, details: GraphDetails): GraphFile {
	if (KEYS.every((key) => graph[key] === details[key])) return graph;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { $schema, title, subtitle, description, marking, asOf, ...rest } = graph;
	return dropUndefined({
		$schema,
		title: details.title,
		subtitle: details.subtitle,
		description: details.description,
		marking: details.marking,
		asOf: details.asOf,
		...rest
	});
}
