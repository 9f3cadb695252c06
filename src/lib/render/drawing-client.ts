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

/**
 * The page's end of the stage's drawing. Each call hands the latest of one
 * kind; what is the same as last time (the same scene, fields equal one by
 * one) is not handed on.
 */
export interface DrawingClient {
	setScene(scene: CanvasScene): void;
	/** Returns whether these positions are new: a new frame of the layout, or the analyst's own places. */
	setPositions(positions: DrawnPositions): boolean;
	setView(view: DrawnView): void;
	setCamera(camera: Camera): void;
	/** The page's animation frame: the drawing's own where it is drawn on the page. */
	frame(started: number): void;
	dispose(): void;
}

/** What a drawing is handed, once per change. */
type DrawingSink = {
	[Call in keyof DrawingClient]: (...args: Parameters<DrawingClient[Call]>) => void;
};

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
	if (drawsInWorker()) {
		try {
			return withoutRepeats(inWorker(canvas, onShown));
		} catch {
			// Drawn on the page instead.
		}
	}
	const drawing = new StageDrawing(screenOf(canvas), onShown, { aside });
	return withoutRepeats({
		setScene: (scene) => drawing.setScene(scene),
		setPositions: (positions) => drawing.setPositions(positions),
		setView: (view) => drawing.setView(view),
		setCamera: (camera) => drawing.setCamera(camera),
		frame: (started) => drawing.frame(started),
		dispose: () => drawing.dispose()
	});
}

/** A drawing handed only what differs from what it was last handed. */
function withoutRepeats(sink: DrawingSink): DrawingClient {
	let scene: CanvasScene | undefined;
	let positions: DrawnPositions | undefined;
	let view: DrawnView | undefined;
	let camera: Camera | undefined;
	return {
		setScene(next) {
			if (next === scene) return;
			scene = next;
			sink.setScene(next);
		},
		setPositions(next) {
			if (sameFields(positions, next)) return false;
			positions = next;
			sink.setPositions(next);
			return true;
		},
		setView(next) {
			if (sameFields(view, next)) return;
			view = next;
			sink.setView(next);
		},
		setCamera(next) {
			if (sameFields(camera, next)) return;
			camera = next;
			sink.setCamera(next);
		},
		frame: (started) => sink.frame(started),
		dispose: () => sink.dispose()
	};
}

/** Whether `before` has every field of `after`, each the same value. */
function sameFields<T extends object>(before: T | undefined, after: T): boolean {
	return (
		before !== undefined &&
		(Object.keys(after) as (keyof T)[]).every((field) => before[field] === after[field])
	);
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

/** Whether a canvas is drawn by a worker here (see connectDrawing). */
export function drawsInWorker(): boolean {
	return (
		typeof Worker !== 'undefined' &&
		typeof OffscreenCanvas !== 'undefined' &&
		typeof HTMLCanvasElement !== 'undefined' &&
		'transferControlToOffscreen' in HTMLCanvasElement.prototype &&
		!packMode
	);
}

function inWorker(canvas: HTMLCanvasElement, onShown: (shown: ShownPicture) => void): DrawingSink {
	const worker = new Worker(new URL('./drawing.worker.ts', import.meta.url), { type: 'module' });
	const screen = canvas.transferControlToOffscreen();
	const send = (request: DrawingRequest, transfer: Transferable[] = []) =>
		worker.postMessage(request, transfer);
	send({ kind: 'screen', screen }, [screen]);
	worker.onmessage = ({ data }: MessageEvent<DrawingReport>) => onShown(data);
	// A drawing that fails is reported as any error on the page is.
	worker.onerror = (event) => reportError(event.error ?? new Error(event.message));
	return {
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
 * A canvas of the page handed over to the browser as an OffscreenCanvas, where
 * it can be, when the page draws it: each picture then goes to the
 * compositor on its own way. Drawn on the page's canvas itself, each picture
 * is copied for the compositor in the page's frame, and the first few copies
 * make a buffer each (15 to 60 ms in software beside a running layout, in
 * frames of their own). Drawing through the OffscreenCanvas on the page is
 * the same 2D drawing.
 */
export function screenOf(target: HTMLCanvasElement): Screen {
	return 'transferControlToOffscreen' in target ? target.transferControlToOffscreen() : target;
}
