import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { Camera } from '$lib/layout/camera';

/** Moves the camera from outside: the Fit button, the zoom buttons, the keyboard. */
export interface PanZoom {
	/** Jumps to a camera; the change comes back through `onCamera` like a user's. */
	moveTo(camera: Camera): void;
	/** Zooms around the middle of the view by `factor` (2 = twice as close). */
	zoomBy(factor: number): void;
	destroy(): void;
}

export interface PanZoomOptions {
	/** The camera moved; `byUser` when a gesture moved it, not `moveTo`. */
	onCamera: (camera: Camera, byUser: boolean) => void;
	minScale?: number;
	maxScale?: number;
}

/**
 * Pan by dragging the background, zoom by wheel or pinch, on an `<svg>` or a
 * `<canvas>`. Framework-free: d3-zoom does the gestures and reports the
 * camera; whoever draws applies it.
 */
export function attachPanZoom(
	surface: SVGSVGElement | HTMLCanvasElement,
	{ onCamera, minScale = 0.05, maxScale = 8 }: PanZoomOptions
): PanZoom {
	const behaviour = zoom<SVGSVGElement | HTMLCanvasElement, unknown>()
		.scaleExtent([minScale, maxScale])
		.on('zoom', (event: { transform: Camera; sourceEvent: Event | null }) => {
			const { x, y, k } = event.transform;
			onCamera({ x, y, k }, event.sourceEvent !== null);
		});
	const selection = select(surface);
	selection.call(behaviour);
	// Double-click belongs to the actors (it unpins them), not to zooming.
	selection.on('dblclick.zoom', null);

	return {
		moveTo(camera) {
			selection.call(
				behaviour.transform,
				zoomIdentity.translate(camera.x, camera.y).scale(camera.k)
			);
		},
		zoomBy(factor) {
			selection.call(behaviour.scaleBy, factor);
		},
		destroy() {
			selection.on('.zoom', null);
		}
	};
}
