import type { Camera } from '$lib/layout/camera';
import { textWidth } from '$lib/stage/text-width';
import { ACTOR_SIZES, type Palette } from '$lib/stage/visual-constants';
import { CachedPicture, type DrawingCanvas, type Screen } from './cached-picture';
import { prepareFonts } from './canvas-fonts';
import { drawGraphInSteps, type CanvasView } from './canvas-renderer';
import { placeScene, type CanvasScene, type PlacedScene } from './canvas-scene';
import { detailAt, movingDetail, startingDetail, type Detail } from './level-of-detail';

/**
 * The drawing's share of an animation frame, counted from the frame's start.
 * Before the first picture the stage shows nothing to keep answering, and
 * each frame boundary only delays it: a larger first picture gets a larger
 * share, and its drawing canvases are made ready outside it.
 */
const FRAME_BUDGET_MS = 14;
const FIRST_PICTURE_BUDGET_MS = 100;
/**
 * Up to this many relations, the first picture (the layout's starting
 * spiral, drawn plain) is drawn on the page whole, straight on the screen, in
 * one go: at 1,000 actors in 8–12 ms on this machine, at 5,000 (15,000
 * relations) in 19–28 ms, with no drawing canvases to make ready and no copy.
 * Drawn in steps, the same picture at 5,000 actors came 60 ms later. Larger
 * ones are drawn in steps on the page, as every later picture is; a drawing
 * worker, which holds no page, draws its first picture whole at any size.
 */
export const FIRST_ON_SCREEN_RELATIONS = 20_000;
/** How long the camera rests before the moved picture is drawn afresh at its detail. */
const REST_MS = 120;

/** The layout's latest positions, as the drawing takes them. */
export interface DrawnPositions {
	/** The layout's frame they come from: the drawing says which frame it shows. */
	frame: number;
	/** x, y per layout slot, with the analyst's own places. */
	xy: Float64Array;
	settled: boolean;
	/** Still where a live layout starts: drawn plain, without names. */
	atStart: boolean;
}

/** What the drawing shows besides the scene and the camera: the window, colours, and what is pointed at. */
export type DrawnView = Omit<CanvasView, 'camera' | 'detail' | 'nameWidth'> & { palette: Palette };

/** A whole picture is shown: of which layout frame, and how many have been shown. */
export interface ShownPicture {
	frame: number;
	pictures: number;
}

/**
 * The stage drawn on a canvas, frame by frame: the scene placed at the
 * layout's latest positions, seen through the camera, at the detail the zoom
 * and the layout's motion allow. Whoever runs it hands it what changes and
 * calls `frame` once an animation frame; it draws only when something did,
 * a few steps a frame, and follows the camera with the last picture while a
 * drawing is under way (see CachedPicture). It runs in a drawing worker, or
 * on the page where there is none.
 */
export class StageDrawing {
	private scene: CanvasScene | undefined;
	private positions: DrawnPositions | undefined;
	private view: DrawnView | undefined;
	private camera: Camera | undefined;
	/** The scene placed at the latest positions, until either changes. */
	private placedScene: PlacedScene | undefined;
	/** The last geometry made, written over by the next where it is the right size. */
	private reusable: Float64Array | undefined;
	private readonly picture: CachedPicture;
	/** Something the picture depends on changed since the last drawing began. */
	private dirty = true;
	/** The layout frame of the drawing under way, or of the last one. */
	private drawnFrame = -1;
	/** Where the camera was for what the screen shows now. */
	private shownCamera: Camera | undefined;
	private restTimer: ReturnType<typeof setTimeout> | undefined;
	/** Names' widths, reckoned when names are first drawn (a network seen whole shows none). */
	private readonly widths = new Map<string, number>();

	constructor(
		screen: Screen,
		private readonly onShown: (shown: ShownPicture) => void,
		private readonly options: {
			/** Draw the first picture whole, on the screen, up to this many relations (else in steps). */
			firstWholeUpTo?: number;
			/** Runs a heavy task of the picture's own (see CachedPicture). */
			aside?: (work: () => void) => void;
			makeCanvas?: () => DrawingCanvas;
		} = {}
	) {
		this.picture = new CachedPicture(
			screen,
			() => this.view?.palette.canvas ?? '#fff',
			options.aside,
			options.makeCanvas
		);
	}

	setScene(scene: CanvasScene): void {
		this.scene = scene;
		this.placedScene = undefined;
		this.widths.clear();
		this.dirty = true;
	}

	setPositions(positions: DrawnPositions): void {
		this.positions = positions;
		this.placedScene = undefined;
		this.dirty = true;
	}

	setView(view: DrawnView): void {
		this.view = view;
		this.dirty = true;
	}

	/** The camera alone moved: the last picture follows it at once, the drawing when it rests. */
	setCamera(camera: Camera): void {
		this.camera = camera;
	}

	/** Draws what changed since the last frame, or goes on with a drawing under way. */
	frame(started: number): void {
		const { scene, positions, view, camera, picture } = this;
		if (!scene || !positions || !view || !camera || view.width === 0 || view.height === 0) return;
		const size = { width: view.width, height: view.height, ratio: view.ratio };
		const moved = !sameCamera(camera, this.shownCamera);
		if (picture.drawing) {
			// A large drawing takes frames: the last whole picture follows the camera meanwhile.
			if (moved && picture.camera) {
				picture.move(camera, size);
				this.shownCamera = camera;
			}
			if (picture.continue(this.budget(), undefined, started)) this.whole();
			return;
		}
		if (!this.dirty && !moved) return;
		if (!this.dirty && positions.settled && picture.camera) {
			picture.move(camera, size);
			this.shownCamera = camera;
			clearTimeout(this.restTimer);
			this.restTimer = setTimeout(() => (this.dirty = true), REST_MS);
			return;
		}
		this.dirty = false;
		this.drawnFrame = positions.frame;
		const relations = scene.look.relations.length;
		const drawn: CanvasView = {
			...view,
			camera,
			detail: drawnDetail(camera, relations, positions),
			nameWidth: (i) => this.nameWidth(i)
		};
		const placed = this.placed();
		picture.begin(camera, size, (context, pace) => drawGraphInSteps(context, placed, drawn, pace), {
			onScreen:
				picture.shown === 0 &&
				relations <= (this.options.firstWholeUpTo ?? FIRST_ON_SCREEN_RELATIONS)
		});
		if (picture.continue(this.budget(), undefined, started)) this.whole();
	}

	dispose(): void {
		clearTimeout(this.restTimer);
	}

	/** The scene placed at the latest positions, made again only when either changed. */
	private placed(): PlacedScene {
		if (this.placedScene) return this.placedScene;
		const scene = this.scene!;
		const { xy } = this.positions!;
		const geometry = placeScene(scene, xy, this.reusable);
		this.reusable = geometry;
		this.placedScene = { scene, xy, geometry };
		return this.placedScene;
	}

	private budget(): number {
		return this.picture.shown > 0 ? FRAME_BUDGET_MS : FIRST_PICTURE_BUDGET_MS;
	}

	private nameWidth(i: number): number {
		const name = this.scene!.look.actors[i].name;
		let width = this.widths.get(name);
		if (width === undefined) {
			width = textWidth(name, ACTOR_SIZES.nameSize, 'bold');
			this.widths.set(name, width);
		}
		return width;
	}

	/** A picture is whole on the screen. */
	private whole(): void {
		this.shownCamera = this.picture.camera;
		this.onShown({ frame: this.drawnFrame, pictures: this.picture.shown });
		// The fonts of names, codes and badges are made ready once, after the first picture.
		if (this.picture.shown === 1) prepareFonts(this.picture.pace);
	}
}

/** What a picture shows at this zoom: less while the layout moves, least at its start. */
export function drawnDetail(
	camera: Camera,
	relations: number,
	{ settled, atStart }: Pick<DrawnPositions, 'settled' | 'atStart'>
): Detail {
	const detail = detailAt(camera.k, 24, relations);
	return settled ? detail : atStart ? startingDetail(detail) : movingDetail(detail);
}

function sameCamera(a: Camera, b: Camera | undefined): boolean {
	return b !== undefined && a.x === b.x && a.y === b.y && a.k === b.k;
}
