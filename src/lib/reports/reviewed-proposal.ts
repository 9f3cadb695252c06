import type { RelationStatus } from '$lib/model/schema';
import type { Proposal } from './proposal';

/** What the analyst changed of a proposal in the review: each part left out is as proposed. */
export interface Correction {
	type?: string;
	directed?: boolean;
	status?: RelationStatus;
	/** The ends the other way round: the target gives, the source receives. */
	swapped?: boolean;
}

/** A proposal as the analyst corrected it: the one that is accepted. */
export function corrected(proposal: Proposal, correction: Correction = {}): Proposal {
	const swapped = correction.swapped === true;
	return {
		...proposal,
		type: correction.type ?? proposal.type,
		directed: correction.directed ?? proposal.directed,
		status: correction.status ?? proposal.status,
		source: swapped ? proposal.target : proposal.source,
		target: swapped ? proposal.source : proposal.target,
		// A mark of an end marks the end it now is.
		marks: swapped
			? proposal.marks.map((mark) =>
					mark.role === 'source'
						? { ...mark, role: 'target' }
						: mark.role === 'target'
							? { ...mark, role: 'source' }
							: mark
				)
			: proposal.marks
	};
}

/** Whether the analyst changed anything of the proposal. */
export function isCorrected(proposal: Proposal, correction: Correction = {}): boolean {
	return (
		correction.swapped === true ||
		(correction.type !== undefined && correction.type !== proposal.type) ||
		(correction.directed !== undefined && correction.directed !== proposal.directed) ||
		(correction.status !== undefined && correction.status !== proposal.status)
	);
}
