import type { Relation } from '$lib/model/schema';

/** What a selection brings forward and what it fades, as the screen shows it. */
export interface Emphasis {
	selectedRelation?: string;
	selectedActor?: string;
	fadedRelations: ReadonlySet<string>;
	fadedActors: ReadonlySet<string>;
}

/**
 * The same on screen, on a canvas's overlay and in the SVG export.
 * A selected relation fades the other relations and the actors it does not
 * join; a selected actor fades the relations it has no part in and the actors
 * it has no drawn relation with. Nothing selected, nothing faded.
 */
export function selectionEmphasis(
	selection: { kind: 'actor' | 'relation'; id: string } | null | undefined,
	relations: readonly Relation[],
	actorIds: readonly string[]
): Emphasis {
	const none = { fadedRelations: new Set<string>(), fadedActors: new Set<string>() };
	if (!selection) return none;
	const joins = (relation: Relation, actorId: string) =>
		relation.source === actorId || relation.target === actorId;
	if (selection.kind === 'relation') {
		const selected = relations.find((relation) => relation.id === selection.id);
		if (!selected) return none;
		return {
			selectedRelation: selected.id,
			fadedRelations: new Set(relations.filter((r) => r !== selected).map((r) => r.id)),
			fadedActors: new Set(actorIds.filter((id) => !joins(selected, id)))
		};
	}
	if (!actorIds.includes(selection.id)) return none;
	const own = relations.filter((relation) => joins(relation, selection.id));
	const ownIds = new Set(own.map((relation) => relation.id));
	const neighbours = new Set([selection.id, ...own.flatMap((r) => [r.source, r.target])]);
	return {
		selectedActor: selection.id,
		fadedRelations: new Set(relations.filter((r) => !ownIds.has(r.id)).map((r) => r.id)),
		fadedActors: new Set(actorIds.filter((id) => !neighbours.has(id)))
	};
}
