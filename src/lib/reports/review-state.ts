import type { Proposal } from './proposal';
import { corrected, type Correction } from './reviewed-proposal';

/**
 * The review of what a report proposes: which proposal is current, what the
 * analyst corrected and rejected. Whether a proposal is accepted is not kept
 * here: the graph says it (the relation carries its sentence), so an undo of
 * an acceptance puts the proposal back to review. Each function returns a
 * new review.
 */
export interface Review {
	/** In text order. */
	readonly proposals: readonly Proposal[];
	readonly corrections: Readonly<Record<string, Correction>>;
	readonly rejected: ReadonlySet<string>;
	/** The proposal the analyst is on; none once there are none. */
	readonly current: string | undefined;
}

export type Decision = 'to review' | 'accepted' | 'rejected';

/** The ids of the proposals whose relation, with its sentence, is in the graph. */
export type Accepted = ReadonlySet<string>;

/** A review of proposals, in text order, the first one current. */
export function startReview(proposals: readonly Proposal[]): Review {
	const ordered = [...proposals].sort((a, b) => a.start - b.start || a.end - b.end);
	return { proposals: ordered, corrections: {}, rejected: new Set(), current: ordered[0]?.id };
}

/** What became of a proposal: in the graph, rejected, or still to review. */
export function decisionOf(review: Review, accepted: Accepted, id: string): Decision {
	if (accepted.has(id)) return 'accepted';
	return review.rejected.has(id) ? 'rejected' : 'to review';
}

/** A proposal as the analyst corrected it. */
export function reviewed(review: Review, proposal: Proposal): Proposal {
	return corrected(proposal, review.corrections[proposal.id]);
}

/** How many proposals are to review, accepted and rejected. */
export function countsOf(review: Review, accepted: Accepted) {
	const counts = { toReview: 0, accepted: 0, rejected: 0 };
	for (const proposal of review.proposals) {
		const decision = decisionOf(review, accepted, proposal.id);
		if (decision === 'accepted') counts.accepted += 1;
		else if (decision === 'rejected') counts.rejected += 1;
		else counts.toReview += 1;
	}
	return counts;
}

/** "7 to review · 3 accepted · 2 rejected". */
export function countsLine(counts: ReturnType<typeof countsOf>): string {
	return `${counts.toReview} to review · ${counts.accepted} accepted · ${counts.rejected} rejected`;
}

/**
 * The proposal still to review after (`step` 1) or before (-1) a given one,
 * in text order; none at the end.
 */
export function neighbourToReview(
	review: Review,
	accepted: Accepted,
	from: string | undefined,
	step: 1 | -1
): string | undefined {
	const ids = review.proposals.map((proposal) => proposal.id);
	const start = from === undefined ? (step === 1 ? -1 : ids.length) : ids.indexOf(from);
	for (let i = start + step; i >= 0 && i < ids.length; i += step) {
		if (decisionOf(review, accepted, ids[i]) === 'to review') return ids[i];
	}
	return undefined;
}

/** The review on the next (1) or previous (-1) proposal to review; where there is none, as it was. */
export function move(review: Review, accepted: Accepted, step: 1 | -1): Review {
	const current = neighbourToReview(review, accepted, review.current, step);
	return current === undefined ? review : { ...review, current };
}

/** The review on a proposal the analyst chose. */
export function goTo(review: Review, id: string): Review {
	return review.proposals.some((proposal) => proposal.id === id)
		? { ...review, current: id }
		: review;
}

/**
 * After a decision on `id`: the review on the next proposal still to review,
 * or the one before when it was the last, or none when all are decided.
 */
export function moveOn(review: Review, accepted: Accepted, id: string): Review {
	const current =
		neighbourToReview(review, accepted, id, 1) ?? neighbourToReview(review, accepted, id, -1);
	return { ...review, current };
}

/** Rejects a proposal (kept, to be restored) and moves on. */
export function reject(review: Review, accepted: Accepted, id: string): Review {
	const rejected = new Set(review.rejected).add(id);
	return moveOn({ ...review, rejected }, accepted, id);
}

/** Puts a rejected proposal back to review, and on it. */
export function restore(review: Review, id: string): Review {
	const rejected = new Set(review.rejected);
	rejected.delete(id);
	return { ...review, rejected, current: id };
}

/**
 * Takes up a pair named together (see Extraction.namedTogether) as a proposal:
 * in its place in text order, and current. One taken up already stays as it is.
 */
export function takeUp(review: Review, proposal: Proposal): Review {
	if (review.proposals.some((each) => each.id === proposal.id)) return goTo(review, proposal.id);
	const proposals = startReview([...review.proposals, proposal]).proposals;
	return { ...review, proposals, current: proposal.id };
}

/**
 * Each proposal's number as the review shows it: the reader's proposals 1, 2, 3… in text order,
 * and a pair taken up after them numbered after the one before it ("3a", "3b"), so numbers the
 * analyst has noted do not move. (Pairs taken up before the first proposal: "a", "b".)
 */
export function numbersOf(review: Review, takenUp: (id: string) => boolean): Map<string, string> {
	const numbers = new Map<string, string>();
	let last = 0;
	let letter = 0;
	for (const { id } of review.proposals) {
		if (takenUp(id)) {
			numbers.set(id, `${last || ''}${String.fromCharCode(97 + (letter++ % 26))}`);
		} else {
			numbers.set(id, String(++last));
			letter = 0;
		}
	}
	return numbers;
}

/** Records what the analyst changed of a proposal, over what they changed before. */
export function correct(review: Review, id: string, correction: Correction): Review {
	const corrections = {
		...review.corrections,
		[id]: { ...review.corrections[id], ...correction }
	};
	return { ...review, corrections };
}
