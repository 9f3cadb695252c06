import type { Camera } from '$lib/layout/camera';
import { packMode } from '$lib/pack/pack-mode';
import type { Screen } from './cached-picture';
import type { CanvasScene } from './canvas-scene';
import type { DrawingReport, DrawingRequest } from './drawing-protocol';
import { packedBuffers, packScene, type PackedScene } from './packed-scene';
import {
	StageDrawing,
	type DrawnPositions,
	type DrawnView,
	type ShownPicture
} from './stage-drawing';

/** The page's end of the stage's drawing. */
export interface DrawingClient {
	/** Whether a worker draws: the page then draws the first picture itself (`drawFirstPicture`). */
	readonly inWorker: boolean;
	setScene(scene: CanvasScene): void;
	setPositions(positions: DrawnPositions): void;
	setView(view: DrawnView): void;
	setCamera(camera: Camera): void;
	/** The page's animation frame: the drawing's own where it is drawn on the page. */
	frame(started: number): void;
	dispose(): void;
}

/**
 * Draws the stage on `canvas` in a worker, where the browser can hand a
 * canvas to one: the page's thread then only forwards what changed (the
 * scene packed, positions, the camera), and a drawing of 60,000 relations
 * never holds it. Elsewhere (and in the one-file briefing pack, which has no
 * worker file beside it) the same drawing runs on the page, a few steps an
 * animation frame. `aside` runs the drawing's heavy tasks on the page.
 */
export function connectDrawing(
	canvas: HTMLCanvasElement,
	onShown: (shown: ShownPicture) => void,
	aside: (work: () => void) => void
): DrawingClient {
	if (drawsInWorker(canvas)) {
		try {
			return inWorker(canvas, onShown);
		} catch {
			// Drawn on the page instead.
		}
	}
	const drawing = new StageDrawing(screenOf(canvas), onShown, { aside });
	return {
		inWorker: false,
		setScene: (scene) => drawing.setScene(scene),
		setPositions: (positions) => drawing.setPositions(positions),
		setView: (view) => drawing.setView(view),
		setCamera: (camera) => drawing.setCamera(camera),
		frame: (started) => drawing.frame(started),
		dispose: () => drawing.dispose()
	};
}

/** Scenes packed before their drawing worker has started, until it has them. */
const packedAhead = new WeakMap<CanvasScene, PackedScene>();

/**
 * Packs a scene for a drawing worker not yet started, in a task where the time is better
 * spent: the page's first picture's, rather than the worker's first beside the layout (at
 * 5,000 actors, packing and sending the scene there made a task of 51 ms once in 8 runs).
 */
export function packAhead(scene: CanvasScene): void {
	packedAhead.set(scene, packScene(scene));
}

/** Whether `canvas` is drawn by a worker (see connectDrawing). */
export function drawsInWorker(canvas: HTMLCanvasElement): boolean {
	return (
		typeof Worker !== 'undefined' &&
		typeof OffscreenCanvas !== 'undefined' &&
		'transferControlToOffscreen' in canvas &&
		!packMode
	);
}

function inWorker(
	canvas: HTMLCanvasElement,
	onShown: (shown: ShownPicture) => void
): DrawingClient {
	const worker = new Worker(new URL('./drawing.worker.ts', import.meta.url), { type: 'module' });
	const screen = canvas.transferControlToOffscreen();
	const send = (request: DrawingRequest, transfer: Transferable[] = []) =>
		worker.postMessage(request, transfer);
	send({ kind: 'screen', screen }, [screen]);
	worker.onmessage = ({ data }: MessageEvent<DrawingReport>) => onShown(data);
	// A drawing that fails is reported as any error on the page is.
	worker.onerror = (event) => reportError(event.error ?? new Error(event.message));
	return {
		inWorker: true,
		setScene(scene) {
			const packed = packedAhead.get(scene) ?? packScene(scene);
			packedAhead.delete(scene);
			send(packed, packedBuffers(packed));
		},
		// The positions are copied: the page keeps them to find what the pointer is on.
		setPositions: (positions) => send({ kind: 'positions', ...positions }),
		setView: (view) => send({ kind: 'view', view }),
		setCamera: (camera) => send({ kind: 'camera', camera }),
		frame: () => {},
		dispose: () => worker.terminate()
	};
}

/**
 * The page's canvas handed over to the browser as an OffscreenCanvas, where
 * it can be, when the page draws it: each picture then goes to the
 * compositor on its own way. Drawn on the page's canvas itself, each picture
 * is copied for the compositor in the page's frame, and the first few copies
 * make a buffer each (15 to 60 ms in software beside a running layout, in
 * frames of their own). Drawing through the OffscreenCanvas on the page is
 * the same 2D drawing.
 */
function screenOf(target: HTMLCanvasElement): Screen {
	return 'transferControlToOffscreen' in target ? target.transferControlToOffscreen() : target;
}
