import type { ViewInAddress } from '$lib/address/address';
import { freezePositions } from '$lib/editing/placement';
import { boundsOfXy, type Bounds } from '$lib/layout/camera';
import { withPlaces } from '$lib/layout/with-places';
import { LARGEST_RADIUS } from '$lib/stage/visual-constants';
import { pictureFrame } from '$lib/stage/picture-frame';
import type { Point } from '$lib/layout/point';
import { latestDay } from '$lib/model/partial-date';
import type { GraphFile } from '$lib/model/schema';
import type { Selection } from '$lib/stage/emphasis';
import {
	baseLook,
	placeOnStage,
	withFocus,
	type StageInput,
	type StageLook,
	type VisualGraph
} from '$lib/stage/visual-graph';
import { CameraState } from './camera.svelte';
import { GraphDocument } from './graph-document.svelte';
import { OpenForm } from './open-form.svelte';
import { Placement } from './placement.svelte';
import { SelectionState } from './selection.svelte';
import { ViewFilters } from './view-filters.svelte';

/**
 * The explorer: one graph and how it is being looked at. Each part has one
 * job — the document and its history, the filters, the selection, the open
 * form, the camera, the actors' places — and components take only the parts
 * they need. What is drawn is derived here, in one direction: graph → filters
 * → look (the visual stage) → places.
 */
/** An actor or a relation a colleague has selected, and the colour they are shown in. */
export interface ColleagueSelection {
	kind: 'actor' | 'relation';
	id: string;
	name: string;
	colour: string;
}

export class Explorer {
	readonly document: GraphDocument;
	readonly filters = new ViewFilters();
	readonly selection: SelectionState;
	readonly form = new OpenForm(() => !this.document.readOnly);
	readonly camera: CameraState;
	readonly placement: Placement;
	/** The picture or the table. */
	view: 'graph' | 'table' = $state('graph');
	/** What colleagues on this graph have selected, each in their colour (a team's graph). */
	colleagueSelections: readonly ColleagueSelection[] = $state.raw([]);

	/** Small graphs are drawn as SVG, one element per mark; large ones on a canvas. */
	renderer: 'svg' | 'canvas' = $derived.by(() => (this.placement.large ? 'canvas' : 'svg'));
	/** The look of every actor and of the relations the filters leave, before the selection. */
	base: StageLook = $derived.by(() =>
		baseLook({
			graph: this.document.graph,
			index: this.document.index,
			filter: this.filters.filter,
			placed: this.placement.placed
		})
	);
	/** The relations the filters and the as-of date leave: those the picture and the table show. */
	relations = $derived(this.base.relations.map((relation) => relation.relation));
	/** The look with the selection brought forward: what every drawing of this view reads. */
	look: StageLook = $derived.by(() =>
		withFocus(this.base, { kind: 'selection', selection: this.selection.current })
	);
	/**
	 * What is drawn as SVG elements: the whole graph when small; over a large
	 * graph's canvas, the selection and what it touches once the layout has
	 * settled, so the chosen marks can still be focused, clicked and dragged.
	 */
	visual: VisualGraph = $derived.by(() => {
		const look = this.look;
		if (this.renderer === 'svg') return placeOnStage(look, this.placement.positions);
		if (!this.selection.current || !this.placement.layout.settled) {
			return { actors: [], relations: [] };
		}
		const chosen = {
			actors: look.actors.filter((actor) => actor.emphasis !== 'faded'),
			relations: look.relations.filter((relation) => relation.emphasis !== 'faded')
		};
		return placeOnStage(chosen, this.placement.positions);
	});
	/** The view as the stage takes it, for the exports: the picture the screen shows. */
	stageInput: StageInput = $derived.by(() => ({
		graph: this.document.graph,
		index: this.document.index,
		positions: this.placement.positions,
		filter: this.filters.filter,
		focus: { kind: 'selection', selection: this.selection.current }
	}));
	/** The day the evidence is weighed against: the as-of date chosen, else the graph's own. */
	asOfDay = $derived.by(() => latestDay(this.filters.asOf ?? this.document.graph.asOf));

	constructor(graph: GraphFile, options: { onchange?: (graph: GraphFile) => void } = {}) {
		this.document = new GraphDocument(graph, {
			keepPlaces: (before) => freezePositions(before, this.placement.positions),
			onchange: (changed) => {
				this.placement.follow();
				options.onchange?.(changed);
			}
		});
		this.placement = new Placement(this.document);
		this.selection = new SelectionState((selection) => this.shows(selection));
		// The story is written, and a report reviewed, beside the graph: the camera frames it clear of the editor.
		this.camera = new CameraState(() => {
			const beside = this.form.editing?.kind;
			return this.selection.current !== null || beside === 'story' || beside === 'report';
		});
	}

	/** Whether an actor is in the graph, or a relation among those drawn. */
	shows(selection: Selection): boolean {
		return selection.kind === 'actor'
			? this.document.index.actors.has(selection.id)
			: this.base.relations.some((relation) => relation.id === selection.id);
	}

	/** Shows the graph or the table. */
	show(view: 'graph' | 'table'): void {
		this.view = view;
	}

	/** Frames the whole graph in the clear part of the view, and keeps it framed until the analyst moves the camera. */
	fitView(): void {
		this.camera.fit(() => this.frame());
	}

	/** The first picture: the camera a shared address asked for, else the whole graph framed. */
	showFirst(): void {
		this.camera.showFirst(() => this.frame());
	}

	/** The box the graph is drawn in: every circle, name and line as drawn; a large graph's by its places. */
	private frame(): Bounds {
		if (this.renderer === 'svg') return pictureFrame(this.visual);
		// A large graph by the layout's latest frame, as the canvas draws it.
		const { layout, overrides } = this.placement;
		return boundsOfXy(withPlaces(layout.xy, layout.indexOf, overrides), LARGEST_RADIUS + 14);
	}

	/** Selects an actor found by name and brings it, with its neighbours, to the middle of the view. */
	findActor(actorId: string): void {
		this.view = 'graph';
		this.selection.select({ kind: 'actor', id: actorId });
		const place = this.placement.placeOf(actorId);
		if (place) this.camera.centreOn(place, 0.8);
	}

	/** Where a relation's line has its middle: on its curve when drawn, else between its actors. */
	relationMiddle(relationId: string): Point | undefined {
		const drawn = this.visual.relations.find((relation) => relation.id === relationId);
		if (drawn) return drawn.geometry.middle;
		const relation = this.document.index.relations.get(relationId);
		if (!relation) return undefined;
		const from = this.placement.placeOf(relation.source);
		const to = this.placement.placeOf(relation.target);
		return from && to ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 } : undefined;
	}

	/** What is on screen, as the address carries it. */
	viewInAddress: ViewInAddress = $derived.by(() => ({
		selection: this.selection.current ?? undefined,
		hiddenTypes: [...this.filters.hiddenTypes],
		hiddenStatuses: [...this.filters.hiddenStatuses],
		asOf: this.filters.asOf,
		table: this.view === 'table',
		// A view kept framed says nothing of the camera: opened on another screen, it is framed there.
		look: this.camera.framed ? undefined : this.camera.look
	}));

	/**
	 * Shows the view an address describes. What names nothing in this graph is
	 * left out, and said why; the rest is shown.
	 */
	showView(view: ViewInAddress): string[] {
		const problems: string[] = [];
		const types = this.document.index.types;
		const unknownTypes = (view.hiddenTypes ?? []).filter((type) => !types.has(type));
		if (unknownTypes.length > 0) {
			problems.push(`hide: no relation type has the id "${unknownTypes.join('", "')}"`);
		}
		this.filters.show({
			hiddenTypes: new Set((view.hiddenTypes ?? []).filter((type) => types.has(type))),
			hiddenStatuses: new Set(view.hiddenStatuses ?? []),
			asOf: view.asOf
		});
		this.view = view.table ? 'table' : 'graph';
		const selection = view.selection ?? null;
		if (selection && !this.shows(selection)) {
			problems.push(
				`${selection.kind}: no ${selection.kind} "${selection.id}" is shown in this graph`
			);
		}
		this.selection.select(selection && this.shows(selection) ? selection : null);
		this.camera.ask(view.look);
		return problems;
	}

	/** Stops the layout's worker, if any. */
	dispose(): void {
		this.placement.dispose();
	}
}
