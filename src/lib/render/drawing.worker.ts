/// <reference lib="webworker" />
import type { DrawingReport, DrawingRequest } from './drawing-protocol';
import { unpackScene } from './packed-scene';
import { StageDrawing } from './stage-drawing';

/** The stage drawn off the page's thread, on the canvas the page handed over. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

let drawing: StageDrawing | undefined;
/** What came before the canvas did, handed on once it has. */
const early: DrawingRequest[] = [];

scope.onmessage = (event: MessageEvent<DrawingRequest>) => take(event.data);

function take(request: DrawingRequest): void {
	if (request.kind === 'screen') {
		drawing = new StageDrawing(
			request.screen,
			(shown) => scope.postMessage({ kind: 'shown', ...shown } satisfies DrawingReport),
			// Drawn here, a first picture held no page: it is drawn whole at any size, the sooner shown.
			{ firstWholeUpTo: Infinity }
		);
		for (const waiting of early.splice(0)) take(waiting);
		return;
	}
	if (!drawing) return void early.push(request);
	if (request.kind === 'packed-scene') drawing.setScene(unpackScene(request));
	else if (request.kind === 'positions') drawing.setPositions(request);
	else if (request.kind === 'view') drawing.setView(request.view);
	else drawing.setCamera(request.camera);
}

function frame() {
	const started = performance.now();
	scope.requestAnimationFrame(frame);
	drawing?.frame(started);
}
scope.requestAnimationFrame(frame);
