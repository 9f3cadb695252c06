import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawnView, exampleDrawing } from '../../../tests/fixtures/canvas-frame';
import {
	recordOffscreenCanvases,
	recordingCanvas as fakeCanvas
} from '../../../tests/fixtures/recording-context';
import type { DrawingCanvas, Screen } from './cached-picture';
import { StageDrawing, type DrawnPositions, type ShownPicture } from './stage-drawing';

const { scene, xy } = exampleDrawing();
const view = drawnView();
const at = (frame: number, settled = false): DrawnPositions => ({
	frame,
	xy,
	settled,
	atStart: frame === 1
});

describe('StageDrawing', () => {
	let screen: ReturnType<typeof fakeCanvas>;
	let canvases: ReturnType<typeof fakeCanvas>[];
	let shown: ShownPicture[];
	let drawing: StageDrawing;
	beforeEach(() => {
		vi.useFakeTimers();
		// The scratch canvas the fonts are first written on, once the first picture is shown.
		recordOffscreenCanvases();
		screen = fakeCanvas();
		canvases = [];
		shown = [];
		drawing = new StageDrawing(screen as unknown as Screen, (picture) => shown.push(picture), {
			makeCanvas: () => {
				const canvas = fakeCanvas();
				canvases.push(canvas);
				return canvas as unknown as DrawingCanvas;
			}
		});
	});
	afterEach(() => {
		drawing.dispose();
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	/** Runs animation frames until nothing more is to be drawn, making canvases ready between them. */
	function frames(count = 20) {
		for (let i = 0; i < count; i++) {
			drawing.frame(performance.now());
			vi.advanceTimersByTime(1);
		}
	}

	it('draws nothing until it has the scene, the positions, the window and the camera', () => {
		drawing.setScene(scene);
		drawing.setPositions(at(1));
		drawing.setView(view);
		frames();
		expect(screen.context.painted).toEqual([]);
		drawing.setCamera({ x: 200, y: 150, k: 1 });
		drawing.frame(performance.now());
		// The first picture, whole, straight on the screen, with a circle for every actor.
		expect(shown).toEqual([{ frame: 1, pictures: 1 }]);
		expect([screen.width, screen.height]).toEqual([400, 300]);
		const circles = screen.context.painted.filter((op) => op.op === 'fill');
		expect(circles.length).toBeGreaterThan(0);
	});

	it('draws a first picture larger than it is asked to draw whole on a canvas of its own, then copies it', () => {
		const inSteps = new StageDrawing(
			screen as unknown as Screen,
			(picture) => shown.push(picture),
			{
				firstWholeUpTo: scene.look.relations.length - 1,
				makeCanvas: () => {
					const canvas = fakeCanvas();
					canvases.push(canvas);
					return canvas as unknown as DrawingCanvas;
				}
			}
		);
		inSteps.setScene(scene);
		inSteps.setView(view);
		inSteps.setCamera({ x: 200, y: 150, k: 1 });
		inSteps.setPositions(at(1));
		inSteps.frame(performance.now());
		expect(shown).toEqual([{ frame: 1, pictures: 1 }]);
		// Drawn on a drawing canvas, the screen only given the copy.
		expect(screen.context.painted.filter((op) => op.op === 'fill')).toEqual([]);
		expect(screen.context.copies).toEqual([[0, 0]]);
		expect(canvases.some((canvas) => canvas.context.painted.some((op) => op.op === 'fill'))).toBe(
			true
		);
		inSteps.dispose();
	});

	it('draws the latest frame of the layout once the drawing under way is whole', () => {
		drawing.setScene(scene);
		drawing.setView(view);
		drawing.setCamera({ x: 200, y: 150, k: 1 });
		drawing.setPositions(at(1));
		drawing.frame(performance.now());
		drawing.setPositions(at(2));
		drawing.setPositions(at(3));
		frames();
		expect(shown.map((picture) => picture.frame)).toEqual([1, 3]);
		frames();
		// Nothing changed since: nothing drawn again.
		expect(shown).toHaveLength(2);
	});

	it('moves the settled picture with the camera at once, and draws it afresh once the camera rests', () => {
		drawing.setScene(scene);
		drawing.setView(view);
		drawing.setCamera({ x: 200, y: 150, k: 1 });
		drawing.setPositions(at(1));
		drawing.frame(performance.now());
		drawing.setPositions(at(2, true));
		frames();
		expect(shown).toHaveLength(2);
		const copies = screen.context.copies.length;
		drawing.setCamera({ x: 230, y: 150, k: 2 });
		drawing.frame(performance.now());
		// The picture kept is moved, twice as large, by the camera's move; nothing is drawn yet.
		expect(screen.context.copies.at(-1)).toEqual([200 + 30 - 200 * 2, 150 - 150 * 2, 800, 600]);
		expect(screen.context.copies.length).toBe(copies + 1);
		expect(shown).toHaveLength(2);
		vi.advanceTimersByTime(150);
		frames();
		expect(shown).toHaveLength(3);
	});

	it('draws again when what the pointer is on changes', () => {
		drawing.setScene(scene);
		drawing.setView(view);
		drawing.setCamera({ x: 200, y: 150, k: 1 });
		drawing.setPositions(at(2, true));
		frames();
		const before = shown.length;
		frames();
		expect(shown).toHaveLength(before);
		drawing.setView({ ...view, hoveredActor: 0 });
		frames();
		expect(shown).toHaveLength(before + 1);
	});
});
