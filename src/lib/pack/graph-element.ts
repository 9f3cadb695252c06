import type { GraphFile } from '$lib/model/schema';

/** The id of the element that carries a briefing pack's graph. */
export const GRAPH_ELEMENT_ID = 'ties-graph';

/**
 * The pack template's empty graph element, in its <head>, which an export
 * fills. scripts/build-pack-page.mjs writes the same text.
 */
export const EMPTY_GRAPH_ELEMENT = `<script type="application/json" id="${GRAPH_ELEMENT_ID}"></script>`;

/**
 * The graph as the data of a <script type="application/json"> element.
 * Every `<` is written `\u003c`, which JSON reads back as the same
 * character: no text in the graph can close the element (`</script`) or
 * open a comment (`<!--`), whatever the analyst or a source wrote. `>` and
 * `&` mean nothing in a script's text; U+2028/2029 are written escaped too,
 * so the text reads the same in any script parser.
 */
export function graphElement(graph: GraphFile): string {
	const json = JSON.stringify(graph)
		.replaceAll('<', '\\u003c')
		.replaceAll('\u2028', '\\u2028')
		.replaceAll('\u2029', '\\u2029');
	return `<script type="application/json" id="${GRAPH_ELEMENT_ID}">${json}</script>`;
}

/**
 * The briefing pack of `graph`: the template with its empty graph element
 * filled. A template without exactly one empty element is not a pack
 * template, and is refused rather than written half-way.
 */
export function embedGraph(template: string, graph: GraphFile): string {
	const parts = template.split(EMPTY_GRAPH_ELEMENT);
	if (parts.length !== 2) {
		throw new Error(
			parts.length === 1
				? 'The briefing pack template has no place for the graph: it is not a pack template'
				: 'The briefing pack template has more than one place for the graph'
		);
	}
	return parts[0] + graphElement(graph) + parts[1];
}
