/**
 * A form open in the Evidence panel's place: a new record (no `id`) or one to
 * change. A new relation may start `from` an actor; evidence is one item
 * (`index`) of a relation, or a new one. The graph's details and its relation
 * types have a form each; the types' form may open with a new type to fill in.
 * The story opens at a step (from 0). A report is read from a file dropped
 * on the page, or pasted.
 */
export type Editing =
	| { kind: 'actor'; id?: string }
	| { kind: 'source'; id?: string }
	| { kind: 'relation'; id?: string; from?: string }
	| { kind: 'evidence'; relationId: string; index?: number }
	| { kind: 'details' }
	| { kind: 'types'; adding?: boolean }
	| { kind: 'story'; step?: number }
	| { kind: 'report'; file?: File };

/** The form open, if any: the graph changes only when it is saved. */
export class OpenForm {
	editing: Editing | null = $state.raw(null);

	/** @param mayEdit whether the graph may be changed: no form opens on a read-only graph. */
	constructor(private readonly mayEdit: () => boolean = () => true) {}

	open(editing: Editing): void {
		if (!this.mayEdit()) return;
		this.editing = editing;
	}

	/** Closes the form; what was not saved is dropped. */
	close(): void {
		this.editing = null;
	}
}
