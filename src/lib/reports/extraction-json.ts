import type { GraphFile } from '$lib/model/schema';
import { extractRelations, type ReadingOptions } from './extract-relations';
import type { Proposal } from './proposal';

/** One proposed relation as the `extract` command prints it. */
export interface ExtractedRelation {
	source: string;
	target: string;
	type: string;
	directed: boolean;
	status: string;
	evidence: string;
	start: number;
	end: number;
	confidence: number;
}

const printed = (relation: Proposal): ExtractedRelation => ({
	source: relation.source,
	target: relation.target,
	type: relation.type,
	directed: relation.directed,
	status: relation.status,
	evidence: relation.evidence,
	start: relation.start,
	end: relation.end,
	confidence: relation.confidence
});

/**
 * What the `extract` command prints for a report: the relations, the pairs
 * named together that nothing was proposed for (drafted the same way), and the
 * actors they need.
 */
export function extractionJson(text: string, graph?: GraphFile, options?: ReadingOptions) {
	const { relations, namedTogether, actors } = extractRelations(text, graph, options);
	return {
		relations: relations.map(printed),
		namedTogether: namedTogether.map(printed),
		actors: actors.map((actor) => ({
			key: actor.key,
			name: actor.name,
			kind: actor.kind,
			...(actor.iso3166 && { iso3166: actor.iso3166 }),
			...(actor.graphId && { inGraph: actor.graphId })
		}))
	};
}
