import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingCanvas as fakeCanvas } from '../../../tests/fixtures/recording-context';
import { CachedPicture } from './cached-picture';

/** A whole drawing at once: `paint` in one step, then shown. */
function drawWhole(
	picture: CachedPicture,
	camera: { x: number; y: number; k: number },
	size: { width: number; height: number; ratio: number },
	paint: (context: CanvasRenderingContext2D) => void
) {
	picture.begin(camera, size, function* (context) {
		paint(context);
		yield;
	});
	// A drawing canvas not yet ready is made ready first, in a task of its own; once a first
	// picture is shown, so are the others.
	const fake = vi.isFakeTimers();
	if (!fake) vi.useFakeTimers();
	while (!picture.continue(Infinity)) vi.runAllTimers();
	vi.runAllTimers();
	if (!fake) vi.useRealTimers();
}

describe('CachedPicture', () => {
	const made: ReturnType<typeof fakeCanvas>[] = [];
	const original = globalThis.document;
	beforeEach(() => {
		made.length = 0;
		globalThis.document = {
			createElement: () => {
				const canvas = fakeCanvas();
				made.push(canvas);
				return canvas;
			}
		} as unknown as Document;
	});
	afterEach(() => {
		globalThis.document = original;
	});

	it('draws in full at the device’s pixel size, then shows the drawing', () => {
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#fff');
		let drawnOn: unknown;
		drawWhole(picture, { x: 0, y: 0, k: 1 }, { width: 400, height: 300, ratio: 2 }, (context) => {
			drawnOn = context;
		});
		// Drawn on a canvas of its own (the second made), at the device's pixel size.
		expect(drawnOn).toBe(made[1].context);
		expect([target.width, target.height, made[1].width, made[1].height]).toEqual([
			800, 600, 800, 600
		]);
		expect(target.context.copies).toEqual([[0, 0]]);
	});

	it('moves the last drawing as far as the camera has moved, over a clean background', () => {
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#123456');
		const size = { width: 400, height: 300, ratio: 1 };
		drawWhole(picture, { x: 10, y: 20, k: 1 }, size, () => {});
		picture.move({ x: 30, y: 20, k: 2 }, size);
		expect(target.context.painted.at(-1)).toMatchObject({ op: 'fillRect', colour: '#123456' });
		// Twice as close: the picture is twice the size, and the graph's origin lands where the camera puts it.
		expect(target.context.copies.at(-1)).toEqual([10, -20, 800, 600]);
	});

	it('moves nothing before the first drawing', () => {
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#fff');
		picture.move({ x: 1, y: 1, k: 1 }, { width: 10, height: 10, ratio: 1 });
		expect(target.context.copies).toEqual([]);
	});

	it('draws in steps, a budget at a time, and shows the picture only once it is whole', () => {
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#fff');
		const size = { width: 10, height: 10, ratio: 1 };
		let clock = 0;
		const done: number[] = [];
		picture.begin({ x: 0, y: 0, k: 1 }, size, function* () {
			for (let part = 1; part <= 5; part++) {
				clock += 4;
				done.push(part);
				yield;
			}
		});
		// The drawing canvas is made ready first, then steps of 4 ms: a step is begun
		// only where one of the usual 6 ms still ends within the budget of 10.
		expect(picture.continue(10, () => clock)).toBe(false);
		expect(done).toEqual([1, 2]);
		expect(target.context.copies).toEqual([]);
		expect(picture.drawing).toBe(true);
		expect(picture.continue(10, () => clock)).toBe(false);
		expect(done).toEqual([1, 2, 3, 4]);
		expect(picture.continue(10, () => clock)).toBe(true);
		expect(done).toEqual([1, 2, 3, 4, 5]);
		expect(target.context.copies).toEqual([[0, 0]]);
		expect(picture.shown).toBe(1);
		expect(picture.drawing).toBe(false);
	});

	it('keeps showing the last whole picture while the next is drawn, and moves it with the camera', () => {
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#fff');
		const size = { width: 10, height: 10, ratio: 1 };
		drawWhole(picture, { x: 0, y: 0, k: 1 }, size, () => {});
		picture.begin({ x: 5, y: 0, k: 1 }, size, function* () {
			yield;
			yield;
		});
		picture.continue(0);
		picture.move({ x: 5, y: 0, k: 1 }, size);
		// The first picture, moved 5 pixels: the drawing under way is not shown half done.
		expect(target.context.copies.at(-1)).toEqual([5, 0, 10, 10]);
		expect(picture.camera).toEqual({ x: 0, y: 0, k: 1 });
	});

	it('draws each picture on the canvas of the picture shown before the last, never on the one just shown', () => {
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#fff');
		const size = { width: 10, height: 10, ratio: 1 };
		const drawnOn: unknown[] = [];
		for (let i = 0; i < 5; i++)
			drawWhole(picture, { x: 0, y: 0, k: 1 }, size, (context) => drawnOn.push(context));
		// The browser may still be taking the picture just shown to the screen: the next is drawn
		// on another, and the picture before it is drawn over only a drawing later.
		const [a, b, c] = made.map((canvas) => canvas.context);
		expect(drawnOn).toEqual([b, c, a, b, c]);
		picture.move({ x: 1, y: 0, k: 1 }, size);
		expect(target.context.copies).toHaveLength(6);
	});

	it('times each step, its drawing included, and draws less in the next steps when they ran long', () => {
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#fff');
		let clock = 0;
		const asked: number[] = [];
		picture.begin({ x: 0, y: 0, k: 1 }, { width: 10, height: 10, ratio: 1 }, function* (_, pace) {
			for (let i = 0; i < 4; i++) {
				const count = pace.size('plain lines');
				asked.push(count);
				// Each line takes 0.25 ms to draw, counted when the step's drawing is made to happen.
				clock += count * 0.25;
				yield { marks: 'plain lines' as const, count };
			}
		});
		// The first step takes 30 ms: over the frame's budget, so the frame ends there, and the
		// next step is made to what fits 6 ms (24 lines), though no less than a quarter (30).
		expect(picture.continue(12, () => clock)).toBe(false);
		expect(asked).toEqual([120]);
		expect(picture.continue(12, () => clock)).toBe(false);
		expect(asked).toEqual([120, 30]);
		// Then the steps take about 6 ms each (24 lines, but never fewer than 25 a step): two
		// fit in a frame's 14.
		expect(picture.continue(14, () => clock)).toBe(false);
		expect(asked).toEqual([120, 30, 25, 25]);
		expect(picture.continue(14, () => clock)).toBe(true);
	});
	it('counts the budget from the frame’s start: work done in the frame before leaves less for drawing', () => {
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#fff');
		const size = { width: 10, height: 10, ratio: 1 };
		// Every drawing canvas drawn on once, and so ready.
		for (let i = 0; i < 3; i++) drawWhole(picture, { x: 0, y: 0, k: 1 }, size, () => {});
		let clock = 100;
		const done: number[] = [];
		picture.begin({ x: 0, y: 0, k: 1 }, size, function* () {
			for (let part = 1; part <= 4; part++) {
				clock += 2;
				done.push(part);
				yield;
			}
		});
		// The frame began 9 ms ago: one step, always, then no room for another of 6 ms in 12.
		expect(picture.continue(12, () => clock, 91)).toBe(false);
		expect(done).toEqual([1]);
		// A frame begun now: the three steps left, of 2 ms each, fit.
		expect(picture.continue(12, () => clock)).toBe(true);
		expect(done).toEqual([1, 2, 3, 4]);
	});

	it('makes every drawing canvas ready in the first frame of the first picture, before the layout starts beside it, and after the window is resized the next drawing’s first', () => {
		vi.useFakeTimers();
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#abcdef');
		let clock = 0;
		const steps: string[] = [];
		const drawing = function* () {
			steps.push('drawn');
			yield;
		};
		const readied = () =>
			made.filter((canvas) =>
				canvas.context.painted.some((mark) => mark.op === 'fillRect' && mark.colour === '#abcdef')
			).length;
		picture.begin({ x: 0, y: 0, k: 1 }, { width: 10, height: 10, ratio: 1 }, drawing);
		// Each readying takes 10 ms, over the budget. Before the first picture nothing is shown,
		// and a frame more would only delay it: the canvases are made ready and the picture drawn
		// at once, with nothing left to do in tasks of their own.
		for (const canvas of made) {
			const fill = canvas.context.fillRect.bind(canvas.context);
			canvas.context.fillRect = () => {
				clock += 10;
				fill();
			};
		}
		expect(picture.continue(12, () => clock)).toBe(true);
		expect([readied(), steps.length]).toEqual([3, 1]);
		expect(vi.getTimerCount()).toBe(0);
		// Every canvas is ready: the drawings that follow, at the same size, need nothing more.
		for (let i = 0; i < 3; i++) {
			picture.begin({ x: 0, y: 0, k: 1 }, { width: 10, height: 10, ratio: 1 }, drawing);
			expect(picture.continue(12, () => clock)).toBe(true);
		}
		expect(steps).toHaveLength(4);
		// A new size makes them anew: the next drawing's first, in a task after the frame, while the
		// last picture stays on screen; the frame meanwhile draws nothing, and the drawing comes next.
		for (const canvas of made) canvas.context.painted.length = 0;
		picture.begin({ x: 0, y: 0, k: 1 }, { width: 20, height: 10, ratio: 1 }, drawing);
		expect(picture.continue(12, () => clock)).toBe(false);
		expect(readied()).toBe(0);
		vi.advanceTimersToNextTimer();
		expect(readied()).toBe(1);
		expect(picture.continue(12, () => clock)).toBe(true);
		expect(steps).toHaveLength(5);
		vi.runAllTimers();
		expect(readied()).toBe(3);
		vi.useRealTimers();
	});

	it('draws a picture asked for on the screen straight on it, whole, ignoring the budget, keeping nothing, and makes the drawing canvases ready for a later one, in a task', () => {
		vi.useFakeTimers();
		const target = fakeCanvas();
		const picture = new CachedPicture(target as unknown as HTMLCanvasElement, () => '#abcdef');
		const drawnOn: unknown[] = [];
		let clock = 0;
		const size = { width: 10, height: 10, ratio: 2 };
		const drawing = function* (context: CanvasRenderingContext2D) {
			for (let part = 0; part < 3; part++) {
				drawnOn.push(context);
				clock += 10;
				yield;
			}
		};
		picture.begin({ x: 0, y: 0, k: 1 }, size, drawing, { onScreen: true });
		// Three parts of 10 ms each over a 12 ms budget: all drawn in the one call.
		expect(picture.continue(12, () => clock)).toBe(true);
		expect(drawnOn).toEqual([target.context, target.context, target.context]);
		expect(target.context.painted[0]).toMatchObject({ op: 'fillRect', colour: '#abcdef' });
		expect([target.width, target.height, picture.shown]).toEqual([20, 20, 1]);
		// Kept nowhere: the camera moves nothing until the next drawing.
		expect(picture.camera).toBeUndefined();
		expect(made.every((canvas) => canvas.context.painted.length === 0)).toBe(true);
		// A picture drawn in steps goes through the drawing canvases, and is kept.
		picture.begin({ x: 0, y: 0, k: 1 }, size, drawing);
		expect(picture.continue(Infinity, () => clock)).toBe(false);
		vi.runAllTimers();
		expect(picture.continue(Infinity, () => clock)).toBe(true);
		expect(drawnOn.at(-1)).toBe(made[1].context);
		expect(target.context.copies).toEqual([[0, 0]]);
		expect(picture.camera).toEqual({ x: 0, y: 0, k: 1 });
		// Drawn on the screen again, the picture kept is no longer what it shows: nothing is moved.
		picture.begin({ x: 5, y: 0, k: 1 }, size, drawing, { onScreen: true });
		expect(picture.continue(12, () => clock)).toBe(true);
		expect(picture.camera).toBeUndefined();
		picture.move({ x: 9, y: 0, k: 1 }, size);
		expect(target.context.copies).toEqual([[0, 0]]);
		vi.useRealTimers();
	});
});
