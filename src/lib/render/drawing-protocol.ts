import type { Camera } from '$lib/layout/camera';
import type { PackedScene } from './packed-scene';
import type { DrawnPositions, DrawnView, ShownPicture } from './stage-drawing';

/**
 * Messages between the page and the drawing worker. The page keeps the
 * analyst's hands (pointer, keys, camera) and the layout; the worker keeps
 * the canvas, handed over once, and draws on it at its own pace, so that no
 * drawing, however large, holds the page.
 */
export type DrawingRequest =
	| { kind: 'screen'; screen: OffscreenCanvas }
	| PackedScene
	| ({ kind: 'positions' } & DrawnPositions)
	| { kind: 'view'; view: DrawnView }
	| { kind: 'camera'; camera: Camera };

/** A whole picture is on the canvas. */
export type DrawingReport = { kind: 'shown' } & ShownPicture;
