import { untrack } from 'svelte';
import { DOUBLE_CLICK_MS } from '$lib/interaction/mark-button';
import type { CameraState } from './camera.svelte';

/**
 * While the analyst has not moved the camera, the graph stays framed: through
 * a resize and the legend opening or folding at once; when the panel opens, a
 * moment later, so that the second click of a double-click lands where the
 * first did. Called while a drawing's component is set up, for its life; `cameraOf`
 * is read in the effects, so a component passes its props' camera as they change.
 */
export function keepFramed(cameraOf: () => CameraState): void {
	$effect(() => {
		const camera = cameraOf();
		void [camera.viewport, camera.docks];
		untrack(() => camera.reframe());
	});
	$effect(() => {
		const camera = cameraOf();
		void camera.panelCovers;
		const later = setTimeout(() => camera.reframe(), DOUBLE_CLICK_MS);
		return () => clearTimeout(later);
	});
}
