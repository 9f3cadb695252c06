import { untrack } from 'svelte';
import {
	cameraFor,
	centreOn,
	fitCamera,
	IDENTITY,
	keepInSight,
	lookOf,
	type Bounds,
	type Camera,
	type Look,
	type Viewport
} from '$lib/layout/camera';
import { bestArea, clearAreas, type Cover } from '$lib/layout/clear-areas';
import type { Point } from '$lib/layout/point';
import type { PanZoom } from '$lib/interaction/pan-zoom';

/** Width of the Evidence panel beside the graph. */
export const PANEL_WIDTH = 380;
/** Share of a phone's screen the Evidence panel takes as a bottom sheet. */
export const SHEET_SHARE = 0.55;
/** Up to this width, a window is a phone's: the panel is a bottom sheet. */
export const PHONE_WIDTH = 640;

/**
 * Where the camera looks, in a view of some size, part of which the legend
 * and the Evidence panel cover. The camera moves through the pan-and-zoom
 * behaviour of the drawing once one is attached, so the analyst's gestures
 * and the buttons move the same camera.
 */
export class CameraState {
	camera: Camera = $state.raw(IDENTITY);
	viewport: Viewport = $state.raw({ width: 0, height: 0 });
	/** What floats over the picture, by name: the legend, the time line, the camera buttons. */
	docks: ReadonlyMap<string, Cover> = $state.raw(new Map());
	/** Phones get the Evidence panel as a bottom sheet, wider screens at the side. */
	phone = $derived(this.viewport.width <= PHONE_WIDTH);
	/** Whether the Evidence panel covers part of the view. */
	panelCovers = $derived.by(() => this.panelOpen());
	/** The largest parts of the view that the panel and the docks leave uncovered, the largest first. */
	clearAreas = $derived.by(() =>
		clearAreas(this.viewport, {
			panel: this.panelCovers
				? this.phone
					? { side: 'bottom', size: this.viewport.height * SHEET_SHARE }
					: { side: 'right', size: PANEL_WIDTH }
				: undefined,
			docks: [...this.docks.values()]
		})
	);
	/** The largest part of the view left uncovered: where a chosen actor or relation is brought. */
	clearArea = $derived(this.clearAreas[0]);
	/**
	 * Where the camera looks, as an address says it: the graph point in the
	 * middle of the window and the zoom, whatever covers part of it (the legend
	 * and the panel are measured after the first picture). Undefined until the
	 * view has a size.
	 */
	look: Look | undefined = $derived(
		this.viewport.width > 0 ? lookOf(this.camera, this.wholeView()) : undefined
	);

	private panZoom: PanZoom | undefined;
	/** A camera to show first instead of the framed graph: the one a shared address asked for. */
	private lookAsked: Look | undefined;
	/** Whether the first picture has been shown. */
	private shown = false;
	/**
	 * What the camera keeps framed until the analyst moves it: the graph, after
	 * the first picture or Fit. While set, the frame follows every change of
	 * the view's size and of what covers it.
	 */
	private framing: (() => Bounds) | undefined = $state.raw();

	/** @param panelOpen whether the Evidence panel covers part of the view. */
	constructor(private readonly panelOpen: () => boolean = () => false) {}

	/** The drawing's pan and zoom, which moves the camera from now on; returns the way to let go. */
	attach(panZoom: PanZoom): () => void {
		this.panZoom = panZoom;
		// A drawing shown again (the graph after the table) takes up the camera where it was.
		// Attached from the drawing's effect: reading the camera it moves must not run that again.
		untrack(() => {
			if (this.shown) panZoom.moveTo(this.camera);
		});
		return () => {
			if (this.panZoom === panZoom) this.panZoom = undefined;
		};
	}

	/** Keeps the camera where it is from now on, framing or not: the analyst is working on the picture (dragging an actor). */
	hold(): void {
		this.framing = undefined;
	}

	/** The camera moved: by the analyst's gesture (`byUser`), which ends framing, or as asked here. */
	moved(camera: Camera, byUser = false): void {
		if (byUser) this.framing = undefined;
		this.camera = camera;
	}

	/**
	 * The view's new size. A framed graph is framed again (by `reframe`); a
	 * camera the analyst has moved keeps the same point in the middle.
	 */
	resize(viewport: Viewport): void {
		untrack(() => {
			const was = this.viewport;
			if (viewport.width === was.width && viewport.height === was.height) return;
			this.viewport = viewport;
			if (this.framing || was.width === 0 || !this.shown) return;
			const { x, y, k } = this.camera;
			this.apply({
				x: x + (viewport.width - was.width) / 2,
				y: y + (viewport.height - was.height) / 2,
				k
			});
		});
	}

	/**
	 * A dock over the picture (in the view's pixels), or none: framing keeps
	 * clear of it. Docks report from their own effects, so this reads the docks
	 * untracked: a dock that reported must not run again because another did.
	 */
	cover(name: string, dock: Cover | undefined): void {
		untrack(() => {
			const now = this.docks.get(name);
			if (dock === now || (dock && now && sameRect(dock, now))) return;
			const docks = new Map(this.docks);
			if (dock) docks.set(name, dock);
			else docks.delete(name);
			this.docks = docks;
		});
	}

	/** Moves the camera where asked; it no longer keeps the graph framed. */
	moveTo(camera: Camera): void {
		this.framing = undefined;
		this.apply(camera);
	}

	/** Moves the view by `dx`, `dy` pixels (the keyboard's pan); it no longer keeps the graph framed. */
	panBy(dx: number, dy: number): void {
		const { x, y, k } = this.camera;
		this.moveTo({ x: x + dx, y: y + dy, k });
	}

	zoomBy(factor: number): void {
		this.framing = undefined;
		this.panZoom?.zoomBy(factor);
	}

	/** Frames what `bounds` gives (graph coordinates) in the clear part of the view, and keeps it framed. */
	fit(bounds: () => Bounds): void {
		this.framing = bounds;
		this.reframe();
	}

	/** Frames the graph again, if the camera is keeping it framed: after a resize, a panel opening. */
	reframe(): void {
		if (!this.framing || this.viewport.width === 0) return;
		const bounds = this.framing();
		const area = bestArea(this.clearAreas, bounds);
		this.apply(fitCamera(bounds, this.viewport, { area }));
	}

	/** Whether the camera keeps the graph framed (the analyst has not moved it since). */
	get framed(): boolean {
		return this.framing !== undefined;
	}

	/** Brings `point` to the middle of the clear part of the view, zoomed in to at least `minScale`. */
	centreOn(point: Point, minScale = 0): void {
		this.moveTo(centreOn(this.camera, point, this.clearArea, minScale));
	}

	/** Moves the camera just enough that `point` shows in the clear part of the view. */
	keepInSight(point: Point): void {
		const camera = keepInSight(this.camera, point, this.clearArea);
		if (camera !== this.camera) this.moveTo(camera);
	}

	/** Asks for a camera (a shared address's): shown now if the picture is, else first instead of the framed graph. */
	ask(look: Look | undefined): void {
		if (!look) return;
		if (this.shown) this.moveTo(cameraFor(look, this.wholeView()));
		else this.lookAsked = look;
	}

	private apply(camera: Camera): void {
		if (this.panZoom) this.panZoom.moveTo(camera);
		else this.camera = camera;
	}

	/** Whether the first picture comes from an address rather than from framing the graph. */
	get lookIsAsked(): boolean {
		return this.lookAsked !== undefined;
	}

	/** The first picture: the camera an address asked for, else what `bounds` gives, framed. */
	showFirst(bounds: () => Bounds): void {
		// Shown once already (the drawing is back from the table): the camera stays as it was.
		if (this.shown) return this.reframe();
		this.shown = true;
		const look = this.lookAsked;
		this.lookAsked = undefined;
		if (look) this.moveTo(cameraFor(look, this.wholeView()));
		else this.fit(bounds);
	}

	private wholeView() {
		return { left: 0, top: 0, right: this.viewport.width, bottom: this.viewport.height };
	}
}

function sameRect(a: Cover, b: Cover): boolean {
	return a.left === b.left && a.top === b.top && a.right === b.right && a.bottom === b.bottom;
}
