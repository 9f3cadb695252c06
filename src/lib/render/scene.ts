import type { RelationStyle } from '$lib/stage/relation-style';

/** An actor as the canvas draws it; `slot` is its place in the layout's position array. */
export interface SceneActor {
	id: string;
	slot: number;
	radius: number;
	code: string;
	name: string;
	organization: boolean;
	/** Relations drawn to it: well-connected actors get their names first. */
	degree: number;
}

/** A relation as the canvas draws it, between two slots of the position array. */
export interface SceneRelation {
	id: string;
	source: number;
	target: number;
	/** Sideways offset of its curve among the relations of its pair. */
	offset: number;
	/** Whether source's id sorts before target's: the side the curve bends to. */
	forward: boolean;
	style: RelationStyle;
	label: string;
}

export interface Scene {
	actors: SceneActor[];
	relations: SceneRelation[];
	/** Circle radius by layout slot, for the ends of relations. */
	radiusBySlot: Float32Array;
}
