import { relationStyle } from '$lib/appearance/relation-style';
import {
	boundsOf,
	centreOn,
	clearArea,
	fitCamera,
	IDENTITY,
	type Camera,
	type Viewport
} from '$lib/layout/camera';
import { actorRadius } from '$lib/layout/actor-radius';
import { withPins } from '$lib/layout/graph-layout';
import type { Point } from '$lib/layout/point';
import type { PanZoom } from '$lib/interaction/pan-zoom';
import { relationShapes } from '$lib/layout/relation-geometry';
import { indexGraph } from '$lib/model/graph-index';
import { statusesInUse, toggled, typesInUse, visibleRelations } from '$lib/model/relation-filter';
import type { GraphFile, RelationStatus } from '$lib/model/schema';
import { LiveLayout } from './live-layout.svelte';

/** Width of the Evidence panel beside the graph. */
export const PANEL_WIDTH = 380;
/** Share of a phone's screen the Evidence panel takes as a bottom sheet. */
export const SHEET_SHARE = 0.55;
const PHONE_WIDTH = 640;
/** From this many actors, the layout runs in a worker and the graph is drawn on a canvas. */
export const LARGE_GRAPH = 300;

/** What the analyst has picked: a relation (its evidence) or an actor (its relations). */
export type Selection = { kind: 'relation'; id: string } | { kind: 'actor'; id: string };

/**
 * The state of the explorer: one graph, what is hidden, what is selected,
 * where actors were dragged, and the camera. Everything drawn is derived from
 * these, in one direction: graph → filters → layout → shapes.
 */
export class Explorer {
	graph: GraphFile = $state.raw()!;
	hiddenTypes: ReadonlySet<string> = $state.raw(new Set());
	hiddenStatuses: ReadonlySet<RelationStatus> = $state.raw(new Set());
	selection: Selection | null = $state.raw(null);
	pins: ReadonlyMap<string, Point> = $state.raw(new Map());
	camera: Camera = $state.raw(IDENTITY);
	viewport: Viewport = $state.raw({ width: 0, height: 0 });
	view: 'graph' | 'table' = $state('graph');
	/** The size of the legend, which covers the bottom left of the view. */
	legendSize = $state({ width: 0, height: 0 });

	/** Phones get the Evidence panel as a bottom sheet, wider screens at the side. */
	phone = $derived(this.viewport.width <= PHONE_WIDTH);
	/** The part of the view that the legend and the Evidence panel leave uncovered. */
	clearArea = $derived(
		clearArea(this.viewport, {
			legend: this.legendSize,
			panel: this.selection ? (this.phone ? 'sheet' : 'side') : undefined,
			panelWidth: PANEL_WIDTH,
			sheetShare: SHEET_SHARE
		})
	);

	index = $derived(indexGraph(this.graph));
	legendTypes = $derived(typesInUse(this.graph));
	legendStatuses = $derived(statusesInUse(this.graph));
	/** Set in the constructor: one layout per graph. */
	layout: LiveLayout = $state.raw()!;
	/** Small graphs are drawn as SVG, one element per mark; large ones on a canvas. */
	renderer: 'svg' | 'canvas' = $derived(this.graph.actors.length > LARGE_GRAPH ? 'canvas' : 'svg');
	positions = $derived(withPins(this.layout.places, this.pins));
	radii = $derived(new Map(this.graph.actors.map((actor) => [actor.id, actorRadius(actor.kind)])));
	relations = $derived(
		visibleRelations(this.graph.relations, {
			hiddenTypes: this.hiddenTypes,
			hiddenStatuses: this.hiddenStatuses
		})
	);
	styles = $derived(
		new Map(
			this.relations.map((relation) => [
				relation.id,
				relationStyle(relation, this.index.types.get(relation.type))
			])
		)
	);
	/**
	 * What is drawn as SVG elements: everything in a small graph; in a large
	 * one, drawn on a canvas, only the selection and what it touches, so the
	 * chosen marks can still be focused, clicked and dragged as elements.
	 */
	svgRelations = $derived.by(() => {
		if (this.renderer === 'svg') return this.relations;
		const selection = this.selection;
		if (!selection || !this.layout.settled) return [];
		return this.relations.filter((relation) =>
			selection.kind === 'relation'
				? relation.id === selection.id
				: relation.source === selection.id || relation.target === selection.id
		);
	});
	svgActors = $derived.by(() => {
		if (this.renderer === 'svg') return this.graph.actors;
		const involved = new Set(this.svgRelations.flatMap((r) => [r.source, r.target]));
		if (this.selection?.kind === 'actor' && this.layout.settled) involved.add(this.selection.id);
		return this.graph.actors.filter((actor) => involved.has(actor.id));
	});
	/** The shapes of the relations drawn as SVG. */
	shapes = $derived(
		relationShapes(
			this.svgRelations.map((relation) => ({
				id: relation.id,
				source: relation.source,
				target: relation.target,
				ending: this.styles.get(relation.id)?.ending ?? 'none'
			})),
			this.positions,
			this.radii
		)
	);

	constructor(graph: GraphFile, options: { measureFrame?: (ms: number) => void } = {}) {
		this.graph = graph;
		const large = graph.actors.length > LARGE_GRAPH;
		this.layout = new LiveLayout(layoutInputOf(graph), {
			live: large,
			reactiveFrames: !large,
			measureFrame: options.measureFrame
		});
	}

	/** Stops the layout's worker, if any. */
	dispose(): void {
		this.layout.dispose();
	}

	toggleType(typeId: string): void {
		this.hiddenTypes = toggled(this.hiddenTypes, typeId);
		this.dropHiddenSelection();
	}

	toggleStatus(status: RelationStatus): void {
		this.hiddenStatuses = toggled(this.hiddenStatuses, status);
		this.dropHiddenSelection();
	}

	select(selection: Selection | null): void {
		this.selection = selection;
	}

	/** Pins an actor where the analyst dropped it. */
	pin(actorId: string, place: Point): void {
		const pinned = { x: round(place.x), y: round(place.y) };
		this.pins = new Map(this.pins).set(actorId, pinned);
		this.layout.pin(actorId, pinned);
	}

	/** Lets an actor go back to its place in the layout. */
	unpin(actorId: string): void {
		const pins = new Map(this.pins);
		if (pins.delete(actorId)) this.pins = pins;
		this.layout.unpin(actorId);
	}

	/** Selects an actor found by name and brings it, with its neighbours, to the middle of the view. */
	findActor(actorId: string): void {
		this.view = 'graph';
		this.select({ kind: 'actor', id: actorId });
		const place = this.placeOf(actorId);
		if (place) this.panZoom?.moveTo(centreOn(this.camera, place, this.clearArea, 0.8));
	}

	/** Where a relation's line has its middle: on its curve when drawn as SVG, between its actors on a canvas. */
	relationMiddle(relationId: string): Point | undefined {
		const shape = this.shapes.find((s) => s.id === relationId);
		if (shape) return shape.middle;
		const relation = this.index.relations.get(relationId);
		if (!relation) return undefined;
		const from = this.placeOf(relation.source);
		const to = this.placeOf(relation.target);
		return from && to ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : undefined;
	}

	/** Where an actor is now: pinned, or in the latest frame of the layout. */
	placeOf(actorId: string): Point | undefined {
		return this.pins.get(actorId) ?? this.layout.placeOf(actorId);
	}

	/** Set by the view once pan and zoom are wired to it. */
	panZoom: PanZoom | undefined = undefined;

	/** Frames the whole graph in the current viewport. */
	fitView(): void {
		const camera = fitCamera(boundsOf(this.positions.values()), this.viewport, {
			area: this.clearArea
		});
		if (this.panZoom) this.panZoom.moveTo(camera);
		else this.camera = camera;
	}

	zoomBy(factor: number): void {
		this.panZoom?.zoomBy(factor);
	}

	/** A selected relation that the filters now hide is no longer selected. */
	private dropHiddenSelection(): void {
		const selection = this.selection;
		if (selection?.kind === 'relation' && !this.relations.some((r) => r.id === selection.id)) {
			this.selection = null;
		}
	}
}

/** What the layout needs of a graph: actors with their sizes and pins, the ties, the seed. */
function layoutInputOf(graph: GraphFile) {
	return {
		actors: graph.actors.map((actor) => ({
			id: actor.id,
			radius: actorRadius(actor.kind),
			pinned: actor.position
		})),
		ties: graph.relations.map((relation) => ({ source: relation.source, target: relation.target })),
		seed: graph.seed ?? 1
	};
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
