import type { RelationStyle } from '$lib/stage/relation-style';
import { actorRadius } from '$lib/stage/actor-radius';
import { parallelOffsets } from '$lib/stage/relation-geometry';
import { describeRelation } from '$lib/model/describe-relation';
import { actorCode, type GraphIndex } from '$lib/model/graph-index';
import type { Actor, Relation } from '$lib/model/schema';
import type { Scene } from './scene';

/**
 * The scene a canvas draws: actors in the layout's slots, and the visible
 * relations with their curves' offsets and styles. Rebuilt when the graph or
 * the filters change, not on every frame.
 */
export function buildScene(
	actors: readonly Actor[],
	relations: readonly Relation[],
	index: GraphIndex,
	styles: ReadonlyMap<string, RelationStyle>,
	slotOf: ReadonlyMap<string, number>
): Scene {
	const degree = new Map<string, number>();
	for (const relation of relations) {
		degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
		degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
	}
	const radiusBySlot = new Float32Array(slotOf.size);
	const sceneActors = actors.map((actor) => {
		const slot = slotOf.get(actor.id)!;
		const radius = actorRadius(actor.kind);
		radiusBySlot[slot] = radius;
		return {
			id: actor.id,
			slot,
			radius,
			code: actorCode(actor),
			name: actor.name,
			organization: actor.kind === 'organization',
			degree: degree.get(actor.id) ?? 0
		};
	});
	const offsets = parallelOffsets(
		relations.map((r) => ({ id: r.id, source: r.source, target: r.target, ending: 'none' }))
	);
	const sceneRelations = relations.map((relation) => ({
		id: relation.id,
		source: slotOf.get(relation.source)!,
		target: slotOf.get(relation.target)!,
		offset: offsets.get(relation.id) ?? 0,
		forward: relation.source <= relation.target,
		style: styles.get(relation.id)!,
		label: describeRelation(relation, index)
	}));
	return { actors: sceneActors, relations: sceneRelations, radiusBySlot };
}

/**
 * What stands out when something is selected: an actor with its relations
 * and neighbours, or a relation with its two actors. Undefined: nothing is
 * selected and all is drawn at full strength.
 */
export function emphasisOf(
	scene: Scene,
	selection: { kind: 'actor' | 'relation'; id: string } | null
): { actors: Set<number>; relations: Set<number> } | undefined {
	if (!selection) return undefined;
	const actorBySlot = new Map(scene.actors.map((actor, i) => [actor.slot, i]));
	const actors = new Set<number>();
	const relations = new Set<number>();
	if (selection.kind === 'actor') {
		const chosen = scene.actors.findIndex((actor) => actor.id === selection.id);
		if (chosen < 0) return undefined;
		actors.add(chosen);
		const slot = scene.actors[chosen].slot;
		scene.relations.forEach((relation, r) => {
			if (relation.source !== slot && relation.target !== slot) return;
			relations.add(r);
			actors.add(actorBySlot.get(relation.source)!);
			actors.add(actorBySlot.get(relation.target)!);
		});
	} else {
		const r = scene.relations.findIndex((relation) => relation.id === selection.id);
		if (r < 0) return undefined;
		relations.add(r);
		actors.add(actorBySlot.get(scene.relations[r].source)!);
		actors.add(actorBySlot.get(scene.relations[r].target)!);
	}
	return { actors, relations };
}
