import type { GraphDocument } from '$lib/state/graph-document.svelte';

/** What every form of a record (actor, source, relation) is given. */
export interface RecordFormProps<Saved extends (...args: never[]) => void> {
	document: GraphDocument;
	/** The record to change; none for a new one. */
	id?: string;
	onsaved: Saved;
	oncancel: () => void;
}
