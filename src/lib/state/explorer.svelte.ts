import { relationStyle } from '$lib/stage/relation-style';
import {
	boundsOf,
	centreOn,
	clearArea,
	fitCamera,
	IDENTITY,
	type Camera,
	type Viewport
} from '$lib/layout/camera';
import { actorRadius } from '$lib/stage/actor-radius';
import { layoutInputOf, placesInFile, withPins } from '$lib/layout/graph-layout';
import type { Point } from '$lib/layout/point';
import type { PanZoom } from '$lib/interaction/pan-zoom';
import { relationShapes } from '$lib/stage/relation-geometry';
import { indexGraph } from '$lib/model/graph-index';
import { latestDay, type PartialDate } from '$lib/model/partial-date';
import { relationsAsOf } from '$lib/model/relations-as-of';
import { statusesInUse, toggled, typesInUse, visibleRelations } from '$lib/model/relation-filter';
import type { GraphFile, RelationStatus } from '$lib/model/schema';
import { freezePositions, placeActor } from '$lib/editing/placement';
import { record, redo, redoLabel, startHistory, undo, undoLabel, type History } from './history';
import { LiveLayout } from './live-layout.svelte';
import { cameraFor, lookOf, type ViewInUrl } from './view-url';

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
 * The form open in the Evidence panel's place: a new record (no `id`) or one
 * to change. A new relation may start `from` an actor; evidence is one item
 * (`index`) of a relation, or a new one.
 */
export type Editing =
	| { kind: 'actor'; id?: string }
	| { kind: 'source'; id?: string }
	| { kind: 'relation'; id?: string; from?: string }
	| { kind: 'evidence'; relationId: string; index?: number };

/**
 * The state of the explorer: one graph, what is hidden, what is selected,
 * where actors were dragged, and the camera. Everything drawn is derived from
 * these, in one direction: graph → filters → layout → shapes.
 */
export class Explorer {
	/** The graph and its changes, for undo and redo. */
	document: History<GraphFile> = $state.raw()!;
	/** The graph as it is now. */
	graph: GraphFile = $derived(this.document.present);
	canUndo = $derived(this.document.past.length > 0);
	canRedo = $derived(this.document.future.length > 0);
	undoLabel = $derived(undoLabel(this.document));
	redoLabel = $derived(redoLabel(this.document));
	/** Told of every change to the graph (autosave listens here). */
	onchange: ((graph: GraphFile) => void) | undefined = undefined;
	hiddenTypes: ReadonlySet<string> = $state.raw(new Set());
	hiddenStatuses: ReadonlySet<RelationStatus> = $state.raw(new Set());
	selection: Selection | null = $state.raw(null);
	/** The form open, if any: the graph changes only when it is saved. */
	editing: Editing | null = $state.raw(null);
	/**
	 * The date the network is shown as of: relations not yet begun or already
	 * ended then are hidden. `undefined`: the graph's own as-of date, with
	 * every relation the file gives.
	 */
	asOf: PartialDate | undefined = $state.raw(undefined);
	/** Actors being dragged, where the pointer has them now; placed in the graph on drop. */
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
	/** Actors whose place is set, in the graph file or by a drag under way; the layout places the rest. */
	overrides: ReadonlyMap<string, Point> = $derived(
		new Map([...placesInFile(this.graph), ...this.pins])
	);
	positions = $derived(withPins(this.layout.places, this.overrides));
	radii = $derived(new Map(this.graph.actors.map((actor) => [actor.id, actorRadius(actor.kind)])));
	relations = $derived(
		relationsAsOf(
			visibleRelations(this.graph.relations, {
				hiddenTypes: this.hiddenTypes,
				hiddenStatuses: this.hiddenStatuses
			}),
			this.asOf
		)
	);
	/** The day the evidence is weighed against: the as-of date chosen, else the graph's own. */
	asOfDay = $derived(latestDay(this.asOf ?? this.graph.asOf));
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

	private readonly measureFrame: ((ms: number) => void) | undefined;
	private structure = '';

	constructor(graph: GraphFile, options: { measureFrame?: (ms: number) => void } = {}) {
		this.measureFrame = options.measureFrame;
		this.document = startHistory(graph);
		this.followStructure();
	}

	/** Stops the layout's worker, if any. */
	dispose(): void {
		this.layout.dispose();
	}

	/**
	 * Changes the graph. A change to its structure (actors or relations added
	 * or removed, ends moved) first places every actor where it stands, so the
	 * picture does not rearrange itself around the change.
	 */
	change(edit: (graph: GraphFile) => GraphFile, label: string): void {
		const before = this.graph;
		let next = edit(before);
		if (next === before) return;
		if (structureOf(next) !== structureOf(before)) {
			next = edit(freezePositions(before, this.positions));
		}
		this.document = record(this.document, next, label);
		this.afterChange();
	}

	undo(): void {
		if (!this.canUndo) return;
		this.document = undo(this.document);
		this.afterChange();
	}

	redo(): void {
		if (!this.canRedo) return;
		this.document = redo(this.document);
		this.afterChange();
	}

	private afterChange(): void {
		this.followStructure();
		const selection = this.selection;
		if (selection?.kind === 'actor' && !this.index.actors.has(selection.id)) this.selection = null;
		if (selection?.kind === 'relation' && !this.index.relations.has(selection.id))
			this.selection = null;
		this.onchange?.(this.graph);
	}

	/** A new layout when the network's structure has changed; the same one when only places or words have. */
	private followStructure(): void {
		const structure = structureOf(this.graph);
		if (structure === this.structure && this.layout) return;
		this.structure = structure;
		this.layout?.dispose();
		const large = this.graph.actors.length > LARGE_GRAPH;
		this.layout = new LiveLayout(layoutInputOf(this.graph), {
			live: large,
			reactiveFrames: !large,
			measureFrame: this.measureFrame
		});
	}

	toggleType(typeId: string): void {
		this.hiddenTypes = toggled(this.hiddenTypes, typeId);
		this.dropHiddenSelection();
	}

	toggleStatus(status: RelationStatus): void {
		this.hiddenStatuses = toggled(this.hiddenStatuses, status);
		this.dropHiddenSelection();
	}

	/** Shows the network as of a date (`undefined`: the graph's own as-of date). */
	setAsOf(asOf: PartialDate | undefined): void {
		this.asOf = asOf;
		this.dropHiddenSelection();
	}

	select(selection: Selection | null): void {
		this.selection = selection;
	}

	/** Opens a form in the Evidence panel's place. */
	openEditor(editing: Editing): void {
		this.editing = editing;
	}

	/** Closes the form; what was not saved is dropped. */
	closeEditor(): void {
		this.editing = null;
	}

	/** Moves an actor with the pointer while it is dragged. */
	pin(actorId: string, place: Point): void {
		this.pins = new Map(this.pins).set(actorId, { x: round(place.x), y: round(place.y) });
	}

	/** Places a dragged actor where it was dropped: in the graph file, so it loads there. */
	drop(actorId: string): void {
		const place = this.pins.get(actorId);
		if (!place) return;
		const name = this.index.actors.get(actorId)?.name ?? actorId;
		this.change((graph) => placeActor(graph, actorId, place), `Move ${name}`);
		const pins = new Map(this.pins);
		pins.delete(actorId);
		this.pins = pins;
	}

	/** Lets an actor go back to its place in the layout. */
	unpin(actorId: string): void {
		const actor = this.index.actors.get(actorId);
		if (!actor?.position) return;
		this.change((graph) => placeActor(graph, actorId, undefined), `Let ${actor.name} go back`);
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

	/** Where an actor is now: placed, or in the latest frame of the layout. */
	placeOf(actorId: string): Point | undefined {
		return this.overrides.get(actorId) ?? this.layout.placeOf(actorId);
	}

	/** Set by the view once pan and zoom are wired to it. */
	panZoom: PanZoom | undefined = undefined;

	/** What is on screen, as the address carries it. */
	viewInUrl: ViewInUrl = $derived({
		selection: this.selection ?? undefined,
		hiddenTypes: [...this.hiddenTypes],
		hiddenStatuses: [...this.hiddenStatuses],
		asOf: this.asOf,
		table: this.view === 'table',
		look: this.viewport.width > 0 ? lookOf(this.camera, this.clearArea) : undefined
	});

	/** A camera to show first instead of the framed graph: the one a shared address asked for. */
	private lookAsked: ViewInUrl['look'];

	/**
	 * Shows the view an address describes. What names nothing in this graph is
	 * left out, and said why; the rest is shown.
	 */
	showView(view: ViewInUrl): string[] {
		const problems: string[] = [];
		const types = new Set(this.index.types.keys());
		const unknownTypes = (view.hiddenTypes ?? []).filter((type) => !types.has(type));
		if (unknownTypes.length > 0) {
			problems.push(`hide: no relation type has the id "${unknownTypes.join('", "')}"`);
		}
		this.hiddenTypes = new Set((view.hiddenTypes ?? []).filter((type) => types.has(type)));
		this.hiddenStatuses = new Set(view.hiddenStatuses ?? []);
		this.asOf = view.asOf;
		this.view = view.table ? 'table' : 'graph';
		const selection = view.selection;
		const known =
			selection &&
			(selection.kind === 'actor'
				? this.index.actors.has(selection.id)
				: this.relations.some((relation) => relation.id === selection.id));
		if (selection && !known) {
			problems.push(
				`${selection.kind}: no ${selection.kind} "${selection.id}" is shown in this graph`
			);
		}
		this.selection = known ? selection : null;
		this.lookAsked = view.look;
		if (view.look && this.panZoom && this.viewport.width > 0) this.showFirst();
		return problems;
	}

	/** The first picture: the camera an address asked for, else the whole graph framed. */
	showFirst(): void {
		const look = this.lookAsked;
		this.lookAsked = undefined;
		if (!look) return this.fitView();
		const camera = cameraFor(look, this.clearArea);
		if (this.panZoom) this.panZoom.moveTo(camera);
		else this.camera = camera;
	}

	/** Whether the first picture comes from an address rather than from framing the graph. */
	get lookIsAsked(): boolean {
		return this.lookAsked !== undefined;
	}

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

	/** A selected relation that the filters or the as-of date now hide is no longer selected. */
	private dropHiddenSelection(): void {
		const selection = this.selection;
		if (selection?.kind === 'relation' && !this.relations.some((r) => r.id === selection.id)) {
			this.selection = null;
		}
	}
}

/** What the layout depends on: the actors, their kinds, the ties, the seed. */
function structureOf(graph: GraphFile): string {
	const actors = graph.actors.map((actor) => `${actor.id}:${actor.kind}`).join(',');
	const ties = graph.relations.map((relation) => `${relation.source}>${relation.target}`).join(',');
	return `${graph.seed ?? 1}|${actors}|${ties}`;
}

function round(value: number): number {
	return Math.round(value * 100) / 100;
}
