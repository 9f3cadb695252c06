import type { GraphFile } from '$lib/model/schema';
import { extractRelations, type ReadingOptions } from './extract-relations';

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

/** What the `extract` command prints for a report: the relations and the actors they need. */
export function extractionJson(text: string, graph?: GraphFile, options?: ReadingOptions) {
	const { relations, actors } = extractRelations(text, graph, options);
	return {
		relations: relations.map((relation): ExtractedRelation => ({
			source: relation.source,
			target: relation.target,
			type: relation.type,
			directed: relation.directed,
			status: relation.status,
			evidence: relation.evidence,
			start: relation.start,
			end: relation.end,
			confidence: relation.confidence
		})),
		actors: actors.map((actor) => ({
			key: actor.key,
			name: actor.name,
			kind: actor.kind,
			...(actor.iso3166 && { iso3166: actor.iso3166 }),
			...(actor.graphId && { inGraph: actor.graphId })
		}))
	};
}
