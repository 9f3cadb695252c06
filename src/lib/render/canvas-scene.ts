import { GEOMETRY_STRIDE, writeRelationGeometry } from '$lib/stage/relation-geometry';
import type { StageLook, VisualActor, VisualRelation } from '$lib/stage/visual-graph';

/** What a canvas drawing reads of an actor's look. */
export type DrawnActor = Pick<
	VisualActor,
	'name' | 'code' | 'radius' | 'fill' | 'outline' | 'emphasis' | 'opacity' | 'degree'
>;
/** What a canvas drawing reads of a relation's look. */
export type DrawnRelation = Pick<VisualRelation, 'style' | 'line' | 'opacity' | 'emphasis'>;
/** The look as a canvas drawing reads it: the stage's look, or the part of it handed to a drawing worker. */
export interface DrawnLook {
	actors: DrawnActor[];
	relations: DrawnRelation[];
}

/**
 * The stage's look, tied to a running layout's position array (x, y per
 * layout slot): what a canvas redraws in every frame without building
 * objects. Made once per change of the look; `placeScene` then places it for
 * each new frame of positions.
 */
export interface CanvasScene<Look extends DrawnLook = DrawnLook> {
	look: Look;
	/** The layout slot of each of the look's actors, in its order. */
	actorSlots: Int32Array;
	/** The layout slots of each relation's source and target. */
	sourceSlots: Int32Array;
	targetSlots: Int32Array;
}

/** The look tied to the layout's slots; an actor the layout does not know takes slot -1 and is not drawn. */
export function canvasScene(
	look: StageLook,
	slotOf: ReadonlyMap<string, number>
): CanvasScene<StageLook> {
	const { actors, relations } = look;
	const actorSlots = new Int32Array(actors.length);
	const sourceSlots = new Int32Array(relations.length);
	const targetSlots = new Int32Array(relations.length);
	// Plain loops: Int32Array.from with a function takes two to three times as long on a first load.
	for (let i = 0; i < actors.length; i++) actorSlots[i] = slotOf.get(actors[i].id) ?? -1;
	for (let i = 0; i < relations.length; i++) {
		sourceSlots[i] = slotOf.get(relations[i].source) ?? -1;
		targetSlots[i] = slotOf.get(relations[i].target) ?? -1;
	}
	return { look, actorSlots, sourceSlots, targetSlots };
}

/** A scene placed for one frame: positions by layout slot, and each relation's geometry. */
export interface PlacedScene<Look extends DrawnLook = DrawnLook> {
	scene: CanvasScene<Look>;
	/** x, y per layout slot. */
	xy: ArrayLike<number>;
	/** GEOMETRY_STRIDE numbers per relation of the scene (`placeScene`). */
	geometry: Float64Array;
}

/**
 * The geometry of every relation of the scene for the positions `xy`, by the
 * stage's own rule (`writeRelationGeometry`), GEOMETRY_STRIDE numbers each.
 * `into` is reused when it is the right size.
 */
export function placeScene(
	scene: CanvasScene,
	xy: ArrayLike<number>,
	into?: Float64Array
): Float64Array {
	const { relations } = scene.look;
	const size = relations.length * GEOMETRY_STRIDE;
	const geometry = into?.length === size ? into : new Float64Array(size);
	for (let r = 0; r < relations.length; r++) {
		const source = scene.sourceSlots[r];
		const target = scene.targetSlots[r];
		if (source < 0 || target < 0) continue;
		// Slots, not coordinates, are handed on: a number with a fraction passed to a function
		// not compiled inline is boxed, and this runs for every relation in every frame.
		writeRelationGeometry(geometry, r * GEOMETRY_STRIDE, xy, source, target, relations[r].line);
	}
	return geometry;
}
