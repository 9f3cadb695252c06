import type { Camera } from '$lib/layout/camera';
import { DrawingPace, type DrawingStep } from './drawing-pace';

type Size = { width: number; height: number; ratio: number };

/** The canvas the analyst sees, or what it is drawn through (in the page or in a drawing worker). */
export type Screen = HTMLCanvasElement | OffscreenCanvas;
/** A canvas no one sees, that a drawing is made on. */
export type DrawingCanvas = HTMLCanvasElement | OffscreenCanvas;

/**
 * The last full drawing of a canvas, kept as a picture: panning and zooming a
 * settled network moves the picture, and the full drawing follows when the
 * camera rests. A drawing is made in steps, on a canvas of its own, a few
 * milliseconds of steps an animation frame, and shown when it is whole: the
 * tens of thousands of lines of a large network take many frames to draw, and
 * the page answers the analyst between them.
 *
 * Three canvases take turns: the picture on screen, the drawing under way, and
 * the picture shown before, left alone for one drawing more. The browser
 * keeps a picture copied to the screen until the screen's frame has gone out,
 * which on a busy processor can be a frame or two later; drawing on it before
 * then makes the browser copy all its pixels first, 10 to 47 ms at 1280×720
 * on this machine. With two canvases, that was one drawing in five beside a
 * busy worker, and the tasks over 50 ms of a 5,000-actor layout; drawn on the
 * one shown before, one in 120.
 */
export class CachedPicture {
	private picture: DrawingCanvas;
	private working: DrawingCanvas;
	/** The picture shown before the one on screen: the next drawing's canvas. */
	private spare: DrawingCanvas;
	/** Where the camera was when the picture was drawn; undefined before the first drawing. */
	camera: Camera | undefined;
	/** How many whole pictures have been shown. */
	shown = 0;
	/** How much a step draws, learnt from this canvas's own steps across drawings. */
	readonly pace = new DrawingPace();
	private underWay:
		{ steps: Iterator<DrawingStep | void>; camera: Camera; onScreen: boolean } | undefined;
	/**
	 * The drawing canvases sized but not yet drawn on. The first drawing on a
	 * canvas makes its pixels, 15 ms for a large window and three times that
	 * beside a running layout. A first picture drawn in steps makes them all
	 * ready in its first frame, outside the drawing's budget (nothing is shown
	 * yet, and a frame more only delays it); one drawn on the screen itself
	 * needs none, and they are made ready once it is shown, one by one, each in
	 * a task of its own (`aside`). After a resize, the next drawing waits for its
	 * own, made ready the same way, the last picture staying on screen meanwhile.
	 */
	private readonly unready = new Set<DrawingCanvas>();

	/**
	 * `aside` runs a heavy task of the picture's own (making a drawing canvas ready) in a task
	 * of its own: by default soon; drawn on the page, the explorer runs it while its layout's
	 * worker rests. `makeCanvas` makes the drawing canvases.
	 */
	constructor(
		private readonly screen: Screen,
		private readonly background: () => string,
		private readonly aside: (work: () => void) => void = (work) => setTimeout(work),
		makeCanvas: () => DrawingCanvas = newCanvas
	) {
		this.picture = makeCanvas();
		this.working = makeCanvas();
		this.spare = makeCanvas();
	}

	/** Whether a drawing is under way. */
	get drawing(): boolean {
		return this.underWay !== undefined;
	}

	/**
	 * Starts a drawing in steps, in place of any under way: `steps` paints the
	 * working canvas a part at a time, as much as `pace` says, yielding between
	 * parts what each drew. A drawing small enough for one frame may be drawn
	 * `onScreen`, whole, straight on the screen: shown at once, with no
	 * drawing canvas to make ready and no copy, but kept nowhere (the camera
	 * moves nothing until the next drawing).
	 */
	begin(
		camera: Camera,
		size: Size,
		steps: (context: CanvasRenderingContext2D, pace: DrawingPace) => Iterator<DrawingStep | void>,
		{ onScreen = false }: { onScreen?: boolean } = {}
	): void {
		const width = Math.round(size.width * size.ratio);
		const height = Math.round(size.height * size.ratio);
		sized(this.screen, width, height);
		for (const canvas of [this.picture, this.working, this.spare])
			if (sized(canvas, width, height)) this.unready.add(canvas);
		const context = onScreen ? this.clearedScreen() : drawnInSoftware(this.working);
		this.underWay = { steps: steps(context, this.pace), camera, onScreen };
	}

	/**
	 * Goes on with the drawing under way, at least one step, then as long as
	 * a step of the usual length still ends within `budgetMs` of `started`
	 * (the frame's start, by default now), and shows it once whole. Returns
	 * whether it is whole.
	 */
	continue(
		budgetMs: number,
		now: () => number = () => performance.now(),
		started: number = now()
	): boolean {
		const drawing = this.underWay;
		if (!drawing) return true;
		let stepStarted = now();
		for (;;) {
			const unready = !drawing.onScreen && this.unready.has(this.working) ? this.working : null;
			if (unready) {
				// After the first picture, a canvas is made ready in a task of its own, between
				// frames: beside a frame's own work, its 15 to 45 ms would make a long task.
				if (this.shown > 0) {
					this.readySoon();
					return false;
				}
				// Before the first picture, making the canvases ready is not counted in the drawing's
				// budget: the stage shows nothing meanwhile, and a frame more only delays the picture.
				// All of them, in this first frame: in the explorer, before its layout's worker
				// starts. Made ready after, in tasks of their own, they came beside the worker's start,
				// up to 64 ms each, or put it off until the first picture was shown, when the worker's
				// code compiling on the processors slowed the frames that drew its first steps.
				for (const canvas of this.unready) this.makeReady(canvas);
				started += now() - stepStarted;
				stepStarted = now();
				continue;
			}
			const step = drawing.steps.next();
			if (step.done) {
				if (drawing.onScreen) {
					// Kept nowhere: the last picture kept is no longer what the screen shows.
					this.camera = undefined;
					this.whole();
				} else this.show(drawing.camera);
				return true;
			}
			// A picture drawn on the screen is drawn whole: half of it must not be shown.
			if (drawing.onScreen) continue;
			// Reading a pixel makes the browser draw what the step asked for now, within the step.
			drawnInSoftware(this.working).getImageData(0, 0, 1, 1);
			const stepEnded = now();
			if (step.value) this.pace.learn(step.value, stepEnded - stepStarted);
			if (stepEnded - started + this.pace.stepMs > budgetMs) return false;
			stepStarted = stepEnded;
		}
	}

	/** Whether a canvas is to be made ready in a task of its own, once the frame is over. */
	private readying = false;

	/**
	 * Makes the drawing canvases not yet ready ready, the next drawing's first, one at a time,
	 * each in a task of its own (see `aside`).
	 */
	private readySoon(): void {
		if (this.readying) return;
		const [first] = this.unready;
		const canvas = this.unready.has(this.working) ? this.working : first;
		if (!canvas) return;
		this.readying = true;
		this.aside(() => {
			this.readying = false;
			if (this.unready.has(canvas)) this.makeReady(canvas);
			this.readySoon();
		});
	}

	/** The screen's own context, painted the background: the first picture is drawn on it. */
	private clearedScreen(): CanvasRenderingContext2D {
		const context = this.screen.getContext('2d') as CanvasRenderingContext2D;
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.fillStyle = this.background();
		context.fillRect(0, 0, this.screen.width, this.screen.height);
		return context;
	}

	/** Makes a drawing canvas's pixels, painting them the background. */
	private makeReady(canvas: DrawingCanvas): void {
		this.unready.delete(canvas);
		const context = drawnInSoftware(canvas);
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.fillStyle = this.background();
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.getImageData(0, 0, 1, 1);
	}

	private show(camera: Camera): void {
		[this.picture, this.working, this.spare] = [this.working, this.spare, this.picture];
		this.camera = camera;
		const context = this.screen.getContext('2d')!;
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.drawImage(this.picture, 0, 0);
		this.whole();
	}

	/** A picture is whole on the screen. */
	private whole(): void {
		this.underWay = undefined;
		this.shown += 1;
		// Once the first picture is on screen, every drawing canvas is made ready, before the
		// next drawing needs one: the explorer does it before its layout's worker starts.
		if (this.shown === 1) this.readySoon();
	}

	/** Shows the last drawing moved and scaled as far as the camera has since moved. */
	move(camera: Camera, size: Size): void {
		const from = this.camera;
		if (!from) return;
		const scale = camera.k / from.k;
		const context = this.screen.getContext('2d')!;
		context.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
		context.fillStyle = this.background();
		context.fillRect(0, 0, size.width, size.height);
		context.drawImage(
			this.picture,
			camera.x - from.x * scale,
			camera.y - from.y * scale,
			size.width * scale,
			size.height * scale
		);
	}
}

/**
 * A drawing canvas's context, drawn by the processor rather than the graphics
 * card: reading a pixel back then costs nothing, and a step's time is the time
 * its drawing took, not the time it took to hand it over. (A canvas keeps the
 * kind of context it was first asked for.)
 */
function drawnInSoftware(canvas: DrawingCanvas): CanvasRenderingContext2D {
	// The two kinds of canvas draw alike; the drawing code is written for the page's.
	return canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
}

/** A drawing canvas: an OffscreenCanvas wherever there is one (a drawing worker has no page to make elements in). */
function newCanvas(): DrawingCanvas {
	return typeof OffscreenCanvas === 'undefined'
		? document.createElement('canvas')
		: new OffscreenCanvas(0, 0);
}

/** Gives a canvas this size; returns whether it had another (its pixels are then gone). */
function sized(canvas: Screen | DrawingCanvas, width: number, height: number): boolean {
	if (canvas.width === width && canvas.height === height) return false;
	canvas.width = width;
	canvas.height = height;
	return true;
}
