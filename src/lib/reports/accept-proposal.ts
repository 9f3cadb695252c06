import { newRelationId } from '$lib/editing/relation-form';
import { addEvidence, addRelation } from '$lib/editing/relation-edits';
import { addSource } from '$lib/editing/source-edits';
import { relationTypesOf } from '$lib/model/builtin-types';
import {
	EvidenceSchema,
	type Evidence,
	type GraphFile,
	type Relation,
	type RelationType,
	type Source
} from '$lib/model/schema';
import { isDirected } from '$lib/stage/relation-style';
import type { Proposal, ProposedActor } from './proposal';
import { proposalSummary } from './proposal-summary';
import { actorInGraph, withActor } from './proposed-actors';

/**
 * What accepting a proposal does: a new relation, a new evidence item for a
 * relation the graph already has, or nothing, the sentence being its evidence
 * already. `summary` names the relation, for the analyst to hear.
 */
export type Acceptance =
	| {
			graph: GraphFile;
			outcome: 'relation' | 'evidence' | 'already';
			relationId: string;
			summary: string;
	  }
	| { problem: string };

/**
 * Accepts a proposal (as the analyst corrected it) in one edit: the report's
 * source is added if the graph does not have it yet, and the actors the
 * proposal names if they are new; then the relation, its one evidence item
 * the sentence word for word, placed by its paragraph. Where the graph has
 * the relation already (same type, status and ends; either order when it has
 * no direction), the sentence becomes one more evidence item of it, never
 * twice. Whatever cannot be accepted is said, and the graph is not touched.
 */
export function acceptProposal(
	graph: GraphFile,
	proposal: Proposal,
	actors: readonly ProposedActor[],
	source: Source
): Acceptance {
	const from = actors.find((actor) => actor.key === proposal.source);
	const to = actors.find((actor) => actor.key === proposal.target);
	if (!from || !to) {
		return { problem: `The reading names no actor "${from ? proposal.target : proposal.source}".` };
	}
	const type = relationTypesOf(graph).get(proposal.type);
	if (!type) return { problem: `This graph has no relation type "${proposal.type}": choose one.` };
	const evidence: Evidence = {
		source: source.id,
		quote: proposal.evidence,
		locator: `paragraph ${proposal.paragraph}`
	};
	const checked = EvidenceSchema.safeParse(evidence);
	if (!checked.success) {
		return { problem: `The sentence cannot be a quote: it ${checked.error.issues[0]?.message}.` };
	}

	let next = graph.sources.some((known) => known.id === source.id)
		? graph
		: addSource(graph, source);
	const withFrom = withActor(next, from);
	const withTo = withActor(withFrom.graph, to);
	next = withTo.graph;
	const ends = { source: withFrom.id, target: withTo.id };
	if (ends.source === ends.target) {
		const name = next.actors.find((actor) => actor.id === ends.source)?.name ?? from.name;
		return { problem: `Both ends are ${name}: a relation ties two different actors.` };
	}
	const names = {
		from: next.actors.find((actor) => actor.id === ends.source)!.name,
		to: next.actors.find((actor) => actor.id === ends.target)!.name
	};

	const existing = next.relations.find((relation) =>
		sameRelation(relation, { ...ends, type, proposal }, relationTypesOf(next))
	);
	if (existing) {
		const summary = existing.summary;
		if (
			existing.evidence.some((item) => item.source === source.id && item.quote === evidence.quote)
		) {
			return { graph, outcome: 'already', relationId: existing.id, summary };
		}
		return {
			graph: addEvidence(next, existing.id, evidence),
			outcome: 'evidence',
			relationId: existing.id,
			summary
		};
	}
	const summary = proposalSummary(type, names.from, names.to, proposal.directed, proposal.status);
	const relation: Relation = {
		id: newRelationId({ from: ends.source, to: ends.target, type: type.id }, next),
		type: type.id,
		source: ends.source,
		target: ends.target,
		// Said only where it differs from the type's nature, as the relation form writes it.
		...(proposal.directed !== type.directed ? { directed: proposal.directed } : {}),
		status: proposal.status,
		summary,
		evidence: [evidence]
	};
	return {
		graph: addRelation(next, relation),
		outcome: 'relation',
		relationId: relation.id,
		summary
	};
}

/** Whether a relation of the graph is the one proposed: its type, status, direction and ends. */
function sameRelation(
	relation: Relation,
	proposed: { source: string; target: string; type: RelationType; proposal: Proposal },
	types: Map<string, RelationType>
): boolean {
	if (relation.type !== proposed.type.id || relation.status !== proposed.proposal.status) {
		return false;
	}
	const directed = isDirected(relation, types.get(relation.type));
	if (directed !== proposed.proposal.directed) return false;
	const forward = relation.source === proposed.source && relation.target === proposed.target;
	const backward = relation.source === proposed.target && relation.target === proposed.source;
	return directed ? forward : forward || backward;
}

/**
 * Whether the graph carries a proposal as accepted: its relation, with the
 * sentence as evidence from the report's source. An undo of the acceptance
 * takes this away, and the proposal is to review again. Asked of every
 * proposal at every change, so it adds nothing to find out.
 */
export function isAccepted(
	graph: GraphFile,
	proposal: Proposal,
	actors: readonly ProposedActor[],
	source: Source
): boolean {
	const from = actors.find((actor) => actor.key === proposal.source);
	const to = actors.find((actor) => actor.key === proposal.target);
	const ends = from && to && { source: actorInGraph(graph, from), target: actorInGraph(graph, to) };
	const types = relationTypesOf(graph);
	const type = types.get(proposal.type);
	if (!ends?.source || !ends.target || !type) return false;
	const proposed = { source: ends.source.id, target: ends.target.id, type, proposal };
	return graph.relations.some(
		(relation) =>
			sameRelation(relation, proposed, types) &&
			relation.evidence.some(
				(item) => item.source === source.id && item.quote === proposal.evidence
			)
	);
}
