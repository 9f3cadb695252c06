import type { PartialDate } from '$lib/model/partial-date';
import { relationsAsOf } from '$lib/model/relations-as-of';
import type { GraphFile, StoryStep } from '$lib/model/schema';

/** What one step of a briefing shows, and how strongly. */
export interface ResolvedStep {
	step: StoryStep;
	/** The step's place in the story, from 0. */
	index: number;
	/** The date the step shows the network as of; `undefined`: the graph's own. */
	asOf: PartialDate | undefined;
	/** Relations the step is about, drawn at full strength, in the file's order. */
	focusRelations: string[];
	/** Relations drawn dimmed, as context: told in an earlier step, or never told by any. */
	contextRelations: string[];
	/** Actors at full strength; every other actor is drawn dimmed, in its place. */
	focusActors: ReadonlySet<string>;
}

/**
 * Resolves step `index` of a story: progressive reveal, as-of date and focus.
 * A relation a step names is hidden until that step, in focus at it and
 * dimmed after it; a relation no step names is context throughout; on a
 * step with a date of its own, only what stood then is drawn — in force, or
 * signed and not yet in force — and not what nothing dates. The actors in focus
 * are those the step names and the ends of its relations. A step that names
 * neither actors nor relations is an overview: everything in force is in focus.
 */
export function resolveStep(
	graph: Pick<GraphFile, 'actors' | 'relations'>,
	steps: readonly StoryStep[],
	index: number
): ResolvedStep {
	const step = steps[index];
	const inForce = relationsAsOf(graph.relations, step.asOf);
	const named = new Set(steps.flatMap((s) => s.relations ?? []));
	const toldBefore = new Set(steps.slice(0, index).flatMap((s) => s.relations ?? []));
	const overview = !step.relations?.length && !step.actors?.length;
	const own = new Set(step.relations ?? []);

	const focusRelations = inForce.filter((r) => overview || own.has(r.id));
	const contextRelations = overview
		? []
		: inForce.filter((r) => !own.has(r.id) && (toldBefore.has(r.id) || !named.has(r.id)));
	const focusActors = new Set(
		overview
			? graph.actors.map((actor) => actor.id)
			: [...(step.actors ?? []), ...focusRelations.flatMap((r) => [r.source, r.target])]
	);
	return {
		step,
		index,
		asOf: step.asOf,
		focusRelations: focusRelations.map((r) => r.id),
		contextRelations: contextRelations.map((r) => r.id),
		focusActors
	};
}
