import type { Camera } from '$lib/layout/camera';
import { textWidth } from '$lib/stage/text-width';
import { ACTOR_SIZES } from '$lib/stage/visual-constants';
import { drawGraph } from './canvas-renderer';
import type { PlacedScene } from './canvas-scene';
import { screenOf } from './drawing-client';
import { drawnDetail, type DrawnPositions, type DrawnView } from './stage-drawing';

/**
 * The first picture of a network drawn by a drawing worker, drawn on the
 * page, whole, on a canvas of its own shown until the worker's first: the
 * layout's starting spiral, plain, in 8–12 ms at 1,000 actors. The stage then
 * shows it in the very frame that first shows the stage, without waiting for
 * the worker to load (30–80 ms here). The canvas is handed over to the
 * browser first, where it can be: drawn on the page's canvas itself, the
 * picture is copied for the compositor in a task of its own, 50–130 ms at
 * 5,000 actors on this machine.
 */
export function drawFirstPicture(
	target: HTMLCanvasElement,
	placed: PlacedScene,
	positions: DrawnPositions,
	view: DrawnView,
	camera: Camera
): void {
	const canvas = screenOf(target);
	canvas.width = Math.round(view.width * view.ratio);
	canvas.height = Math.round(view.height * view.ratio);
	// The two kinds of canvas draw alike; the drawing code is written for the page's.
	const context = canvas.getContext('2d') as CanvasRenderingContext2D;
	drawGraph(context, placed, {
		...view,
		camera,
		detail: drawnDetail(camera, placed.scene.look.relations.length, positions),
		nameWidth: (i) => textWidth(placed.scene.look.actors[i].name, ACTOR_SIZES.nameSize, 'bold')
	});
}
