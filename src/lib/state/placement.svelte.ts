import { placeActor, tidyLayout } from '$lib/editing/placement';
import { LARGE_NETWORK } from '$lib/layout/large-network';
import { layoutInputOf, placesInFile, withPins } from '$lib/layout/graph-layout';
import type { Point } from '$lib/layout/point';
import type { GraphDocument } from './graph-document.svelte';
import { structureOf } from './graph-document.svelte';
import { LiveLayout } from './live-layout.svelte';

/**
 * Where every actor stands: the seeded layout of the document's network, the
 * places its file sets, and the actors being dragged. A drop places the actor
 * in the document, so the arrangement is the one that loads, exports and
 * presents. A new layout follows a change to the network's structure only.
 */
export class Placement {
	layout: LiveLayout = $state.raw()!;
	/** Actors being dragged, where the pointer has them now. */
	dragging: ReadonlyMap<string, Point> = $state.raw(new Map());
	/** The places the graph file sets. */
	private filePlaces = $derived.by(() => placesInFile(this.document.graph));
	/** Actors the analyst placed by hand (pinned), as against those kept where the layout put them. */
	placed: ReadonlySet<string> = $derived.by(
		() => new Set(this.document.graph.actors.flatMap((actor) => (actor.pinned ? [actor.id] : [])))
	);
	/** Actors whose place is set, in the graph file or by a drag under way. */
	overrides: ReadonlyMap<string, Point> = $derived(new Map([...this.filePlaces, ...this.dragging]));
	/** Where each actor stands now. */
	positions: ReadonlyMap<string, Point> = $derived(withPins(this.layout.places, this.overrides));
	/** Large networks run their layout in a worker and are drawn on a canvas. */
	large = $derived.by(() => this.document.graph.actors.length > LARGE_NETWORK);

	private structure = '';

	constructor(private readonly document: GraphDocument) {
		this.follow();
	}

	/** A new layout when the network's structure has changed; the same one when only places or words have. */
	follow(): void {
		const graph = this.document.graph;
		const structure = structureOf(graph);
		if (structure === this.structure && this.layout) return;
		this.structure = structure;
		this.layout?.dispose();
		const large = graph.actors.length > LARGE_NETWORK;
		this.layout = new LiveLayout(layoutInputOf(graph), { live: large, reactiveFrames: !large });
	}

	/** Moves an actor with the pointer while it is dragged; a read-only graph's actors stay put. */
	drag(actorId: string, place: Point): void {
		if (this.document.readOnly) return;
		this.dragging = new Map(this.dragging).set(actorId, { x: round(place.x), y: round(place.y) });
	}

	/** Places a dragged actor where it was dropped: in the graph file, so it loads there. */
	drop(actorId: string): void {
		const place = this.dragging.get(actorId);
		if (!place) return;
		const name = this.document.index.actors.get(actorId)?.name ?? actorId;
		this.document.change((graph) => placeActor(graph, actorId, place), `Move ${name}`);
		const dragging = new Map(this.dragging);
		dragging.delete(actorId);
		this.dragging = dragging;
	}

	/** Moves an actor by `dx`, `dy` from where it is drawn (the keyboard's move): one undoable placement. */
	nudge(actorId: string, dx: number, dy: number): void {
		const from = this.placeOf(actorId);
		if (!from) return;
		this.drag(actorId, { x: from.x + dx, y: from.y + dy });
		this.drop(actorId);
	}

	/** Lets an actor go back to its place in the layout. */
	letGo(actorId: string): void {
		const actor = this.document.index.actors.get(actorId);
		if (!actor?.position) return;
		this.document.change(
			(graph) => placeActor(graph, actorId, undefined),
			`Let ${actor.name} go back`
		);
	}

	/** Lays out again every actor the analyst has not pinned, the pinned ones held still: one step to undo. */
	tidy(): void {
		this.document.change(tidyLayout, 'Tidy layout');
	}

	/** Where an actor is now: placed, or in the latest frame of the layout. */
	placeOf(actorId: string): Point | undefined {
		return this.overrides.get(actorId) ?? this.layout.placeOf(actorId);
	}

	/** Stops the layout's worker, if any. */
	dispose(): void {
		this.layout.dispose();
	}
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
