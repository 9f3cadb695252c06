import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawnView, exampleDrawing } from '../../../tests/fixtures/canvas-frame';
import {
	recordOffscreenCanvases,
	recordingCanvas
} from '../../../tests/fixtures/recording-context';
import { connectDrawing, drawsInWorker } from './drawing-client';
import type { ShownPicture } from './stage-drawing';

const { scene, xy } = exampleDrawing();

describe('connectDrawing', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		// Drawing canvases, and the scratch canvas the fonts are first written on.
		recordOffscreenCanvases();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('draws on the page where no worker can take the canvas, handing on only what changed', () => {
		expect(drawsInWorker()).toBe(false);
		const screen = recordingCanvas();
		const shown: ShownPicture[] = [];
		const drawing = connectDrawing(
			screen as unknown as HTMLCanvasElement,
			(picture) => shown.push(picture),
			(work) => setTimeout(work)
		);
		const frames = () => {
			for (let i = 0; i < 20; i++) {
				drawing.frame(performance.now());
				vi.advanceTimersByTime(1);
			}
		};
		drawing.setScene(scene);
		expect(drawing.setPositions({ frame: 2, xy, settled: true, atStart: false })).toBe(true);
		drawing.setView(drawnView());
		drawing.setCamera({ x: 200, y: 150, k: 1 });
		frames();
		const pictures = shown.length;
		expect(pictures).toBeGreaterThan(0);
		// The same positions, window and camera again, as new objects: nothing new to draw.
		expect(drawing.setPositions({ frame: 2, xy, settled: true, atStart: false })).toBe(false);
		drawing.setView(drawnView());
		drawing.setCamera({ x: 200, y: 150, k: 1 });
		frames();
		expect(shown).toHaveLength(pictures);
		// The pointer on an actor: drawn again.
		drawing.setView({ ...drawnView(), hoveredActor: 0 });
		frames();
		expect(shown).toHaveLength(pictures + 1);
		// A new frame of the layout is new.
		expect(drawing.setPositions({ frame: 3, xy, settled: true, atStart: false })).toBe(true);
		drawing.dispose();
	});
});
