import type { Point, Positions } from '$lib/layout/point';
import { describeRelation } from '$lib/model/describe-relation';
import { actorCode, indexGraph, type GraphIndex } from '$lib/model/graph-index';
import { visibleRelations, type RelationFilter } from '$lib/model/relation-filter';
import { signedNotInForce } from '$lib/model/relations-as-of';
import type { Actor, GraphFile, Relation, RelationStatus } from '$lib/model/schema';
import { actorOpacity, emphases, relationOpacity, type Emphasis, type Focus } from './emphasis';
import {
	parallelOffsets,
	relationGeometry,
	type RelationGeometry,
	type RelationLine
} from './relation-geometry';
import { nameLabels, type NameLabel } from './name-labels';
import { relationStyle, type RelationStyle } from './relation-style';
import { ACTOR_SIZES, actorRadius } from './visual-constants';

/** What a picture of the network is made from. */
export interface StageInput {
	graph: GraphFile;
	/** Where each actor stands; an actor without a place is not drawn, nor are its relations. */
	positions: Positions;
	/** The graph's index, where the caller has one already. */
	index?: GraphIndex;
	/** Types, statuses and dates the analyst hides. Nothing hidden when absent. */
	filter?: RelationFilter;
	/** The selection, or a briefing step's focus. */
	focus?: Focus;
	/** Actors the analyst placed by hand: the screen draws them with a heavier outline. */
	placed?: ReadonlySet<string>;
	/** Lines heavier by this factor: slides, read from the back of a room. */
	lineScale?: number;
}

/** One actor as every drawing shows it. */
export interface VisualActor {
	id: string;
	actor: Actor;
	x: number;
	y: number;
	radius: number;
	/** The short code inside the circle. */
	code: string;
	/** Its name, as the graph names it. */
	name: string;
	/** Where its name is written, clear of every other name and circle. */
	label: NameLabel;
	/** What a screen reader says of it: its name, kind and the relations drawn to it. */
	description: string;
	fill: 'actor' | 'organization';
	/** The circle's stroke width. */
	outline: number;
	emphasis: Emphasis;
	opacity: number;
	/** How many of the relations drawn reach it: well-connected actors get their names first. */
	degree: number;
}

/** One relation as every drawing shows it. */
export interface VisualRelation {
	id: string;
	relation: Relation;
	source: string;
	target: string;
	style: RelationStyle;
	/** What its geometry is made from, besides its ends' places. */
	line: RelationLine;
	geometry: RelationGeometry;
	emphasis: Emphasis;
	/** The emphasis's opacity; the style's own (doubt) applies within it. */
	opacity: number;
	/** The relation in words: "Aid from China to North Korea, reported". */
	label: string;
	/** Signed but not yet in force on the picture's date: drawn with the pending mark. */
	pending: boolean;
}

/** A visual graph without places: everything that changes only with the graph, the filter or the focus. */
export interface StageLook {
	actors: Omit<VisualActor, 'x' | 'y' | 'label'>[];
	relations: Omit<VisualRelation, 'geometry'>[];
}

/** The picture of a network, computed once per change: what every drawing of it reads. */
export interface VisualGraph {
	actors: VisualActor[];
	relations: VisualRelation[];
}

/**
 * The visual graph: every actor in its place with its size, code, name and
 * emphasis; every relation drawn (the filter's) with its style, geometry,
 * emphasis and words. Renderers draw it and decide nothing of their own.
 */
export function visualGraph(input: StageInput): VisualGraph {
	return placeOnStage(withFocus(baseLook(input), input.focus), input.positions);
}

/**
 * The look of every actor and of every relation the filter leaves, all drawn
 * normally: what changes only with the graph and the filter.
 */
export function baseLook(input: Omit<StageInput, 'positions' | 'focus'>): StageLook {
	const { graph, filter, placed, lineScale = 1 } = input;
	const index = input.index ?? indexGraph(graph);
	// The picture's date: the one chosen, else the graph's own.
	const asOf = filter?.asOf ?? graph.asOf;
	const relations = filter ? visibleRelations(graph.relations, filter) : graph.relations;
	const offsets = parallelOffsets(relations);
	// Relations of one type, status and direction share one style: canvases batch by it.
	const styles = new Map<string, RelationStyle[]>();
	const degree = new Map<string, number>();

	const relationLooks = relations.map((relation) => {
		const pending = signedNotInForce(relation, asOf);
		let ofType = styles.get(relation.type);
		if (!ofType) styles.set(relation.type, (ofType = []));
		const slot = styleSlot(relation.status, relation.directed, pending);
		let style = ofType[slot];
		if (!style) {
			style = relationStyle(relation, index.types.get(relation.type), lineScale, pending);
			ofType[slot] = style;
		}
		degree.set(relation.source, (degree.get(relation.source) ?? 0) + 1);
		degree.set(relation.target, (degree.get(relation.target) ?? 0) + 1);
		const source = index.actors.get(relation.source);
		const target = index.actors.get(relation.target);
		return {
			id: relation.id,
			relation,
			source: relation.source,
			target: relation.target,
			style,
			line: {
				offset: offsets.get(relation.id) ?? 0,
				forward: relation.source <= relation.target,
				sourceRadius: source ? actorRadius(source.kind) : 0,
				targetRadius: target ? actorRadius(target.kind) : 0,
				ending: style.ending
			},
			emphasis: 'normal' as Emphasis,
			opacity: 1,
			label: describeRelation(relation, index),
			pending
		};
	});

	const actorLooks = graph.actors.map((actor) => {
		const count = degree.get(actor.id) ?? 0;
		const code = actorCode(actor);
		// Named first by the words it shows (its code), so that saying them reaches it.
		const called = code === actor.name ? code : `${code} ${actor.name}`;
		return {
			id: actor.id,
			actor,
			radius: actorRadius(actor.kind),
			code,
			name: actor.name,
			description: `${called} (${actor.kind}), ${count} ${count === 1 ? 'relation' : 'relations'} shown`,
			fill: actor.kind === 'organization' ? ('organization' as const) : ('actor' as const),
			outline: placed?.has(actor.id) ? ACTOR_SIZES.placedOutline : ACTOR_SIZES.outline,
			emphasis: 'normal' as Emphasis,
			opacity: 1,
			degree: count
		};
	});
	return { actors: actorLooks, relations: relationLooks };
}

const STATUS_SLOTS: Record<RelationStatus, number> = {
	confirmed: 0,
	reported: 1,
	alleged: 2,
	denied: 3
};

/** A style's place among its type's: one for each status, direction (its type's, or either way) and pending. */
function styleSlot(
	status: RelationStatus,
	directed: boolean | undefined,
	pending: boolean
): number {
	const direction = directed === undefined ? 0 : directed ? 1 : 2;
	return (STATUS_SLOTS[status] * 3 + direction) * 2 + (pending ? 1 : 0);
}

/** The look with a selection or a briefing step's focus brought forward and the rest set aside. */
export function withFocus(look: StageLook, focus: Focus | undefined): StageLook {
	if (!focus || (focus.kind === 'selection' && !focus.selection)) return look;
	const emphasis = emphases(focus, look.relations, new Set(look.actors.map((actor) => actor.id)));
	return {
		actors: look.actors.map((actor) => {
			const shown = emphasis.actor(actor.id);
			return shown === actor.emphasis
				? actor
				: { ...actor, emphasis: shown, opacity: actorOpacity(shown) };
		}),
		relations: look.relations.map((relation) => {
			const shown = emphasis.relation(relation.id);
			return shown === relation.emphasis
				? relation
				: { ...relation, emphasis: shown, opacity: relationOpacity(shown) };
		})
	};
}

/**
 * A placed mark kept for as long as its look and its places are the very
 * same objects: placing the stage again after one actor moved gives every
 * other mark back unchanged, so a drawing redraws only what moved.
 */
const placedActors = new WeakMap<object, { place: Point; actor: VisualActor }>();
const placedRelations = new WeakMap<object, { from: Point; to: Point; relation: VisualRelation }>();

/**
 * The look placed: actors where `positions` puts them, their names where
 * they overlap nothing, relations' shapes between them.
 */
export function placeOnStage(look: StageLook, positions: Positions): VisualGraph {
	const standing = look.actors.flatMap((actor) => {
		const place = positions.get(actor.id);
		return place ? [{ ...actor, x: place.x, y: place.y, place, look: actor }] : [];
	});
	const labels = nameLabels(standing);
	const actors: VisualActor[] = standing.map(({ look: actor, place }) => {
		const label = labels.get(actor.id)!;
		const kept = placedActors.get(actor);
		if (kept?.place === place && sameLabel(kept.actor.label, label)) return kept.actor;
		const placed = { ...actor, x: place.x, y: place.y, label };
		placedActors.set(actor, { place, actor: placed });
		return placed;
	});
	const relations: VisualRelation[] = [];
	for (const relation of look.relations) {
		const from = positions.get(relation.source);
		const to = positions.get(relation.target);
		if (!from || !to) continue;
		const kept = placedRelations.get(relation);
		if (kept?.from === from && kept.to === to) {
			relations.push(kept.relation);
			continue;
		}
		const placed = { ...relation, geometry: relationGeometry(from, to, relation.line) };
		placedRelations.set(relation, { from, to, relation: placed });
		relations.push(placed);
	}
	return { actors, relations };
}

/** The actors with their names placed again at `scale`: a screen zoomed far out draws them larger. */
export function withNamesAt(actors: readonly VisualActor[], scale: number): VisualActor[] {
	const labels = nameLabels(actors, scale);
	return actors.map((actor) => ({ ...actor, label: labels.get(actor.id)! }));
}

function sameLabel(a: NameLabel, b: NameLabel): boolean {
	return (
		a.x === b.x &&
		a.y === b.y &&
		a.anchor === b.anchor &&
		a.size === b.size &&
		a.lines.join('\n') === b.lines.join('\n')
	);
}
