import {
	cameraFor,
	centreOn,
	clearArea,
	fitCamera,
	IDENTITY,
	keepInSight,
	lookOf,
	type Bounds,
	type Camera,
	type Look,
	type Viewport
} from '$lib/layout/camera';
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
	/** The size of the legend, which covers the bottom left of the view. */
	legend: Viewport = $state.raw({ width: 0, height: 0 });
	/** Phones get the Evidence panel as a bottom sheet, wider screens at the side. */
	phone = $derived(this.viewport.width <= PHONE_WIDTH);
	/** The part of the view that the legend and the Evidence panel leave uncovered. */
	clearArea = $derived.by(() =>
		clearArea(this.viewport, {
			legend: this.legend,
			panel: this.panelOpen() ? (this.phone ? 'sheet' : 'side') : undefined,
			panelWidth: PANEL_WIDTH,
			sheetShare: SHEET_SHARE
		})
	);
	/** Where the camera looks, as an address says it; undefined until the view has a size. */
	look: Look | undefined = $derived(
		this.viewport.width > 0 ? lookOf(this.camera, this.clearArea) : undefined
	);

	private panZoom: PanZoom | undefined;
	/** A camera to show first instead of the framed graph: the one a shared address asked for. */
	private lookAsked: Look | undefined;

	/** @param panelOpen whether the Evidence panel covers part of the view. */
	constructor(private readonly panelOpen: () => boolean = () => false) {}

	/** The drawing's pan and zoom, which moves the camera from now on; returns the way to let go. */
	attach(panZoom: PanZoom): () => void {
		this.panZoom = panZoom;
		return () => {
			if (this.panZoom === panZoom) this.panZoom = undefined;
		};
	}

	/** The camera moved (a gesture, or a move asked for here). */
	moved(camera: Camera): void {
		this.camera = camera;
	}

	resize(viewport: Viewport): void {
		if (viewport.width !== this.viewport.width || viewport.height !== this.viewport.height) {
			this.viewport = viewport;
		}
	}

	coverLegend(size: Viewport): void {
		if (size.width !== this.legend.width || size.height !== this.legend.height) this.legend = size;
	}

	moveTo(camera: Camera): void {
		if (this.panZoom) this.panZoom.moveTo(camera);
		else this.camera = camera;
	}

	zoomBy(factor: number): void {
		this.panZoom?.zoomBy(factor);
	}

	/** Frames `bounds` (graph coordinates) in the clear part of the view. */
	fit(bounds: Bounds): void {
		this.moveTo(fitCamera(bounds, this.viewport, { area: this.clearArea }));
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

	/** Asks for a camera to show first (a shared address's), instead of the framed graph. */
	ask(look: Look | undefined): void {
		this.lookAsked = look;
		if (look && this.viewport.width > 0) this.showFirst(undefined);
	}

	/** Whether the first picture comes from an address rather than from framing the graph. */
	get lookIsAsked(): boolean {
		return this.lookAsked !== undefined;
	}

	/** The first picture: the camera an address asked for, else `bounds` framed. */
	showFirst(bounds: Bounds | undefined): void {
		const look = this.lookAsked;
		this.lookAsked = undefined;
		if (look) this.moveTo(cameraFor(look, this.clearArea));
		else if (bounds) this.fit(bounds);
	}
}
