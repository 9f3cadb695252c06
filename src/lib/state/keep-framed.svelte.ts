import { untrack } from 'svelte';
import { DOUBLE_CLICK_MS } from '$lib/interaction/mark-button';
import type { CameraState } from './camera.svelte';

/**
 * While the analyst has not moved the camera, the graph stays framed: through
 * a resize and the legend opening or folding at once; when the panel opens or
 * closes, a moment later, so that the second click of a double-click lands
 * where the first did. The docks along the picture's foot make room for the
 * panel as it comes (its code loads first): their move waits with the panel's.
 * Called while a drawing's component is set up, for its life; `cameraOf` is
 * read in the effects, so a component passes its props' camera as they change.
 */
export function keepFramed(cameraOf: () => CameraState): void {
	let panelWas: boolean | undefined;
	let panelMovedAt = -Infinity;
	$effect(() => {
		const camera = cameraOf();
		const covers = camera.panelCovers;
		if (panelWas !== undefined && covers !== panelWas) panelMovedAt = performance.now();
		panelWas = covers;
		const later = setTimeout(() => camera.reframe(), DOUBLE_CLICK_MS);
		return () => clearTimeout(later);
	});
	$effect(() => {
		const camera = cameraOf();
		void [camera.viewport, camera.docks];
		if (performance.now() - panelMovedAt < DOUBLE_CLICK_MS) return;
		untrack(() => camera.reframe());
	});
}
