import type { ActorKind, RelationStatus } from '$lib/model/schema';

/**
 * What reading a report proposes: relations the text states, each with the
 * sentence that states it, and the actors they need. Nothing here is in the
 * graph until the analyst accepts it.
 */

/** A run of the report's text: `text.slice(start, end)`. */
export interface TextSpan {
	start: number;
	end: number;
}

/** A marked word in a proposal's sentence: the two ends, or a word that signals the type or the status. */
export interface ProposalMark extends TextSpan {
	role: 'source' | 'target' | 'type' | 'status';
}

/**
 * An actor the report names. `key` is how proposals refer to it: an ISO 3166-1
 * alpha-3 code for a state (`PRK`), a short id for an international body
 * (`UN`, `EU`, `NATO`), or the graph's own id for one of its actors that is
 * neither.
 */
export interface ProposedActor {
	key: string;
	name: string;
	kind: ActorKind;
	/** ISO 3166 code (alpha-3) of a state. */
	iso3166?: string;
	/** The graph's actor it is, where the graph has it; none: proposed as a new actor. */
	graphId?: string;
	/** Where the report first names it. */
	firstMention: TextSpan;
}

/** A relation the report states, as proposed for review. */
export interface Proposal extends TextSpan {
	/** Stable within one reading, in text order: `p1`, `p2`, … */
	id: string;
	/** Actor keys (see ProposedActor): giver, imposer or supplier first where the type has a direction. */
	source: string;
	target: string;
	/** A relation type id: a built-in one or one the graph declares. */
	type: string;
	directed: boolean;
	status: RelationStatus;
	/** The sentence exactly as it stands in the report: `text.slice(start, end)`. */
	evidence: string;
	/** 1-based paragraph of the report the sentence is in. */
	paragraph: number;
	marks: ProposalMark[];
	/** How sure the reading is, from 0 to 1. */
	confidence: number;
	/** Why the type and the status were chosen, in a few words, for the reviewer. */
	reason: string;
	/** Proposed by the model learnt from annotated reports, not by a rule: less sure. */
	learnt?: true;
}

/** All that one reading of a report proposes, in text order. */
export interface Extraction {
	relations: Proposal[];
	/** The actors of the relations and of the pairs named together. */
	actors: ProposedActor[];
	/**
	 * Pairs of actors a sentence names together that nothing was proposed for,
	 * each drafted as the learnt model reads it (`n1`, `n2`, … in text order):
	 * listed apart, for the analyst to take up as a proposal.
	 */
	namedTogether: Proposal[];
}
