import { OPACITY } from './visual-constants';

/**
 * How strongly a mark stands out: the one chosen, drawn normally, set aside
 * (faded), or not shown yet (a briefing step that has not told it).
 */
export type Emphasis = 'selected' | 'normal' | 'faded' | 'hidden';

/** What the analyst has picked: a relation (its evidence) or an actor (its relations). */
export type Selection = { kind: 'relation'; id: string } | { kind: 'actor'; id: string };

/** A briefing step's focus: what it tells, what earlier steps told; the rest is not shown yet. */
export interface StoryFocus {
	actors: ReadonlySet<string>;
	relations: ReadonlySet<string>;
	/** Relations drawn faded, as context. */
	context: ReadonlySet<string>;
}

/** What brings marks forward: the explorer's selection, or a briefing step. */
export type Focus =
	{ kind: 'selection'; selection: Selection | null | undefined } | ({ kind: 'story' } & StoryFocus);

export interface Emphases {
	actor(id: string): Emphasis;
	relation(id: string): Emphasis;
}

const EVERYTHING: Emphases = { actor: () => 'normal', relation: () => 'normal' };

/**
 * The emphasis of every mark, the same on screen, on a canvas, in the export
 * and on slides. A selected relation fades the other relations and the actors
 * it does not join; a selected actor fades the relations it has no part in
 * and the actors it has no drawn relation with; a selection that is not drawn
 * fades nothing. A briefing step draws its focus normally, the context faded,
 * the relations it has not told yet not at all, and its other actors faded.
 */
export function emphases(
	focus: Focus | undefined,
	relations: readonly { id: string; source: string; target: string }[],
	actorIds: ReadonlySet<string>
): Emphases {
	if (!focus) return EVERYTHING;
	if (focus.kind === 'story') {
		return {
			actor: (id) => (focus.actors.has(id) ? 'normal' : 'faded'),
			relation: (id) =>
				focus.relations.has(id) ? 'normal' : focus.context.has(id) ? 'faded' : 'hidden'
		};
	}
	const selection = focus.selection;
	if (!selection) return EVERYTHING;
	if (selection.kind === 'relation') {
		const chosen = relations.find((relation) => relation.id === selection.id);
		if (!chosen) return EVERYTHING;
		return {
			actor: (id) => (id === chosen.source || id === chosen.target ? 'normal' : 'faded'),
			relation: (id) => (id === chosen.id ? 'selected' : 'faded')
		};
	}
	if (!actorIds.has(selection.id)) return EVERYTHING;
	const own = new Set<string>();
	const neighbours = new Set<string>();
	for (const relation of relations) {
		if (relation.source !== selection.id && relation.target !== selection.id) continue;
		own.add(relation.id);
		neighbours.add(relation.source).add(relation.target);
	}
	return {
		actor: (id) => (id === selection.id ? 'selected' : neighbours.has(id) ? 'normal' : 'faded'),
		relation: (id) => (own.has(id) ? 'normal' : 'faded')
	};
}

/** How opaque a relation is drawn with this emphasis (its status may fade it further). */
export function relationOpacity(emphasis: Emphasis): number {
	return emphasis === 'faded' ? OPACITY.fadedRelation : emphasis === 'hidden' ? 0 : 1;
}

/** How opaque an actor is drawn with this emphasis. */
export function actorOpacity(emphasis: Emphasis): number {
	return emphasis === 'faded' ? OPACITY.fadedActor : emphasis === 'hidden' ? 0 : 1;
}
