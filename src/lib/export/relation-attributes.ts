import { isDirected } from '$lib/stage/relation-style';
import type { GraphIndex } from '$lib/model/graph-index';
import type { Relation } from '$lib/model/schema';
import { typeLabel } from './graph-words';

/**
 * A relation's facts as network tools keep them, one value per attribute:
 * type, status, dates (signed, since, until), how much evidence, which sources and the first one's link.
 * Missing dates are left out, not written empty.
 */
export function relationAttributes(relation: Relation, index: GraphIndex) {
	const sources = [...new Set(relation.evidence.map((evidence) => evidence.source))];
	return {
		type: relation.type,
		typeLabel: typeLabel(relation.type, index),
		status: relation.status,
		directed: isDirected(relation, index.types.get(relation.type)),
		signed: relation.signed,
		since: relation.since,
		until: relation.until,
		summary: relation.summary,
		evidence: relation.evidence.length,
		sources: sources.join(' '),
		url: index.sources.get(sources[0])?.url
	};
}
