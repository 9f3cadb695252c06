import type { GraphFile } from '$lib/model/schema';

/** Small words that only lengthen a file name. */
const SKIPPED = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'for', 'to', 'with']);
const LONGEST_SLUG = 60;

/**
 * The name an export is saved under: the graph's title as a slug, then its
 * as-of date, e.g. `dprk-prc-russia-un-2024-10-06.svg`, and what kind of
 * picture it is where that is not the usual, e.g. `…-2024-10-06-slide-16x9.png`.
 */
export function fileNameFor(
	graph: Pick<GraphFile, 'title' | 'asOf'>,
	extension: string,
	kind?: string
): string {
	const words = graph.title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word && !SKIPPED.has(word));
	let slug = '';
	for (const word of words) {
		const longer = slug ? `${slug}-${word}` : word;
		if (longer.length > LONGEST_SLUG) break;
		slug = longer;
	}
	return `${slug || 'ties'}-${graph.asOf}${kind ? `-${kind}` : ''}.${extension}`;
}
