import type { Selection } from '$lib/stage/emphasis';

/**
 * What the analyst has picked: an actor or a relation. What is picked stays
 * picked, but counts as selected only while it is shown: a relation hidden
 * by a filter, or taken away by an undo, selects nothing.
 */
export class SelectionState {
	/** What was picked last. */
	picked: Selection | null = $state.raw(null);
	/** What is selected: the pick, while it is shown. */
	current: Selection | null = $derived.by(() => {
		const picked = this.picked;
		return picked && this.isShown(picked) ? picked : null;
	});
	/** The selected relation's id, if a relation is selected. */
	relation = $derived(this.current?.kind === 'relation' ? this.current.id : undefined);
	/** The selected actor's id, if an actor is selected. */
	actor = $derived(this.current?.kind === 'actor' ? this.current.id : undefined);

	constructor(private readonly isShown: (selection: Selection) => boolean = () => true) {}

	select(selection: Selection | null): void {
		this.picked = selection;
	}
}
