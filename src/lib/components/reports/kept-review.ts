import type { Source } from '$lib/model/schema';
import type { Extraction } from '$lib/reports/proposal';
import type { Review } from '$lib/reports/review-state';
import type { GraphDocument } from '$lib/state/graph-document.svelte';

/** A report read: its text, the source its evidence cites, and what the reading proposes. */
export interface Reading {
	text: string;
	source: Source;
	/** The graph had this text as a source already: its evidence cites that source. */
	known: boolean;
	extraction: Extraction;
}

/** The review's folded lists the analyst has opened. */
export interface Unfolded {
	rejected: boolean;
	namedTogether: boolean;
}

/** A review under way, and the graph it is of. */
export interface KeptReview {
	document: GraphDocument;
	reading: Reading;
	review: Review;
	/** So a list opened is open again when the review is taken up. */
	unfolded: Unfolded;
}

/**
 * The review under way, kept while the page is open: closing the panel (by
 * Escape, by another form) loses nothing, and Add → From a report… takes it
 * up again, on the same graph.
 */
let kept: KeptReview | undefined;

export function keepReview(review: KeptReview | undefined): void {
	kept = review;
}

/** The review under way on this graph, if any. */
export function keptReview(document: GraphDocument): KeptReview | undefined {
	return kept?.document === document ? kept : undefined;
}
