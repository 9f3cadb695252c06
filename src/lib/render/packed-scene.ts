import type { Emphasis } from '$lib/stage/emphasis';
import type { LineEnding, RelationStyle } from '$lib/stage/relation-style';
import type { CanvasScene, DrawnActor, DrawnLook, DrawnRelation } from './canvas-scene';

/**
 * A canvas scene as it is handed to the drawing worker: what the drawing
 * reads of each actor and relation, in flat arrays, and the few relation
 * styles once each. Handed over as objects, the 80,000 actors and relations
 * of a large network took 130–260 ms to copy and read back in V8, the page's
 * share about half of it; as arrays, the copy is a few copies of memory.
 */
export interface PackedScene {
	kind: 'packed-scene';
	names: string[];
	codes: string[];
	/** radius, outline, opacity, degree per actor. */
	actorNumbers: Float64Array;
	/** Per actor: its fill (0 actor, 1 organisation) and its emphasis's place in EMPHASES, times 2. */
	actorKinds: Uint8Array;
	/** Each style once; relations that share one share it again once unpacked. */
	styles: RelationStyle[];
	relationStyles: Uint32Array;
	/** offset, source radius, target radius, opacity per relation. */
	relationNumbers: Float64Array;
	/** Per relation: forward (1), the ending's place in ENDINGS (times 2), the emphasis's (times 8). */
	relationKinds: Uint8Array;
	actorSlots: Int32Array;
	sourceSlots: Int32Array;
	targetSlots: Int32Array;
}

const EMPHASES: readonly Emphasis[] = ['normal', 'selected', 'faded', 'hidden'];
const ENDINGS: readonly LineEnding[] = ['none', 'arrow', 'bar'];
const ACTOR_NUMBERS = 4;
const RELATION_NUMBERS = 4;

/** Packs what a drawing reads of `scene` (see PackedScene); the buffers of the result may be handed over. */
export function packScene(scene: CanvasScene): PackedScene {
	const { actors, relations } = scene.look;
	const names = new Array<string>(actors.length);
	const codes = new Array<string>(actors.length);
	const actorNumbers = new Float64Array(actors.length * ACTOR_NUMBERS);
	const actorKinds = new Uint8Array(actors.length);
	for (let i = 0; i < actors.length; i++) {
		const actor = actors[i];
		names[i] = actor.name;
		codes[i] = actor.code;
		const at = i * ACTOR_NUMBERS;
		actorNumbers[at] = actor.radius;
		actorNumbers[at + 1] = actor.outline;
		actorNumbers[at + 2] = actor.opacity;
		actorNumbers[at + 3] = actor.degree;
		actorKinds[i] =
			(actor.fill === 'organization' ? 1 : 0) | (placeIn(EMPHASES, actor.emphasis) << 1);
	}
	const styles: RelationStyle[] = [];
	const styleIndex = new Map<RelationStyle, number>();
	const relationStyles = new Uint32Array(relations.length);
	const relationNumbers = new Float64Array(relations.length * RELATION_NUMBERS);
	const relationKinds = new Uint8Array(relations.length);
	for (let r = 0; r < relations.length; r++) {
		const { style, line, opacity, emphasis } = relations[r];
		let s = styleIndex.get(style);
		if (s === undefined) {
			s = styles.push(style) - 1;
			styleIndex.set(style, s);
		}
		relationStyles[r] = s;
		const at = r * RELATION_NUMBERS;
		relationNumbers[at] = line.offset;
		relationNumbers[at + 1] = line.sourceRadius;
		relationNumbers[at + 2] = line.targetRadius;
		relationNumbers[at + 3] = opacity;
		relationKinds[r] =
			(line.forward ? 1 : 0) |
			(placeIn(ENDINGS, line.ending) << 1) |
			(placeIn(EMPHASES, emphasis) << 3);
	}
	return {
		kind: 'packed-scene',
		names,
		codes,
		actorNumbers,
		actorKinds,
		styles,
		relationStyles,
		relationNumbers,
		relationKinds,
		actorSlots: scene.actorSlots.slice(),
		sourceSlots: scene.sourceSlots.slice(),
		targetSlots: scene.targetSlots.slice()
	};
}

/** The buffers of a packed scene, to hand over rather than copy. */
export function packedBuffers(packed: PackedScene): ArrayBuffer[] {
	return [
		packed.actorNumbers,
		packed.actorKinds,
		packed.relationStyles,
		packed.relationNumbers,
		packed.relationKinds,
		packed.actorSlots,
		packed.sourceSlots,
		packed.targetSlots
	].map((array) => array.buffer as ArrayBuffer);
}

/** The scene a drawing reads, made again from its packed form. */
export function unpackScene(packed: PackedScene): CanvasScene<DrawnLook> {
	const { names, codes, actorNumbers, actorKinds, styles } = packed;
	const actors = new Array<DrawnActor>(names.length);
	for (let i = 0; i < names.length; i++) {
		const at = i * ACTOR_NUMBERS;
		actors[i] = {
			name: names[i],
			code: codes[i],
			radius: actorNumbers[at],
			outline: actorNumbers[at + 1],
			opacity: actorNumbers[at + 2],
			degree: actorNumbers[at + 3],
			fill: actorKinds[i] & 1 ? 'organization' : 'actor',
			emphasis: EMPHASES[actorKinds[i] >> 1]
		};
	}
	const { relationStyles, relationNumbers, relationKinds } = packed;
	const relations = new Array<DrawnRelation>(relationStyles.length);
	for (let r = 0; r < relationStyles.length; r++) {
		const at = r * RELATION_NUMBERS;
		const kinds = relationKinds[r];
		relations[r] = {
			style: styles[relationStyles[r]],
			line: {
				offset: relationNumbers[at],
				forward: (kinds & 1) === 1,
				sourceRadius: relationNumbers[at + 1],
				targetRadius: relationNumbers[at + 2],
				ending: ENDINGS[(kinds >> 1) & 3]
			},
			opacity: relationNumbers[at + 3],
			emphasis: EMPHASES[kinds >> 3]
		};
	}
	return {
		look: { actors, relations },
		actorSlots: packed.actorSlots,
		sourceSlots: packed.sourceSlots,
		targetSlots: packed.targetSlots
	};
}

function placeIn<T>(values: readonly T[], value: T): number {
	const place = values.indexOf(value);
	if (place < 0) throw new Error(`No place for ${String(value)} among ${values.join(', ')}`);
	return place;
}
