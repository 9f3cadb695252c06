import { describe, expect, it } from 'vitest';
import type { Bounds, Camera } from '$lib/layout/camera';
import type { PanZoom } from '$lib/interaction/pan-zoom';
import { SelectionState } from './selection.svelte';
import { CameraState, PANEL_WIDTH, SHEET_SHARE } from './camera.svelte';

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const bounds: Bounds = { minX: -200, minY: -100, maxX: 200, maxY: 100 };

/** A camera with a view of `size`, the Evidence panel open or not. */
function cameraOf(size = LAPTOP, panelOpen = false) {
	const camera = new CameraState(() => panelOpen);
	camera.resize(size);
	return camera;
}

/** A stand-in for the drawing's pan and zoom: it moves the camera as d3-zoom would, and remembers. */
function fakePanZoom(camera: CameraState) {
	const moves: Camera[] = [];
	const zooms: number[] = [];
	const panZoom: PanZoom = {
		moveTo: (next) => {
			moves.push(next);
			camera.moved(next);
		},
		zoomBy: (factor) => {
			zooms.push(factor);
			camera.moved({ ...camera.camera, k: camera.camera.k * factor });
		},
		destroy: () => {}
	};
	return { panZoom, moves, zooms };
}

/** Where a graph point is drawn on screen. */
const onScreen = (camera: Camera, point: { x: number; y: number }) => ({
	x: point.x * camera.k + camera.x,
	y: point.y * camera.k + camera.y
});

describe('CameraState', () => {
	it('treats a narrow window as a phone’s', () => {
		expect(cameraOf(PHONE).phone).toBe(true);
		expect(cameraOf(LAPTOP).phone).toBe(false);
	});

	it('keeps the clear part of the view left of the open panel, or above it on a phone', () => {
		expect(cameraOf(LAPTOP).clearArea).toEqual({ left: 0, top: 0, right: 1280, bottom: 800 });
		expect(cameraOf(LAPTOP, true).clearArea.right).toBe(1280 - PANEL_WIDTH);
		const phone = cameraOf(PHONE, true).clearArea;
		expect(phone.right).toBe(PHONE.width);
		expect(phone.bottom).toBeCloseTo(PHONE.height * (1 - SHEET_SHARE));
	});

	it('keeps clear of the docks over the picture, and forgets a dock taken away', () => {
		const camera = cameraOf(LAPTOP);
		camera.cover('legend', { left: 12, top: 500, right: 212, bottom: 788 });
		camera.cover('time line', { left: 400, top: 740, right: 880, bottom: 788 });
		expect(camera.clearArea).toEqual({ left: 212, top: 0, right: 1280, bottom: 740 });
		camera.cover('legend', undefined);
		camera.cover('time line', undefined);
		expect(camera.clearArea).toEqual({ left: 0, top: 0, right: 1280, bottom: 800 });
	});

	it('frames a graph where it is drawn largest among the clear parts', () => {
		const camera = cameraOf(LAPTOP);
		camera.cover('legend', { left: 12, top: 300, right: 312, bottom: 788 });
		// A wide graph goes above the legend, across the whole width.
		camera.fit(() => ({ minX: -1000, minY: -100, maxX: 1000, maxY: 100 }));
		const wide = camera.camera;
		expect(-1000 * wide.k + wide.x).toBeCloseTo(24);
		// A tall one goes beside it.
		camera.fit(() => ({ minX: -100, minY: -1000, maxX: 100, maxY: 1000 }));
		const tall = camera.camera;
		expect(-100 * tall.k + tall.x).toBeGreaterThan(312);
	});

	it('says where it looks only once the view has a size', () => {
		const camera = new CameraState();
		expect(camera.look).toBeUndefined();
		camera.resize(LAPTOP);
		expect(camera.look).toEqual({ x: 640, y: 400, k: 1 });
	});

	it('frames a graph in the middle of the clear part of the view', () => {
		const camera = cameraOf(LAPTOP, true);
		camera.fit(() => bounds);
		const middle = onScreen(camera.camera, { x: 0, y: 0 });
		expect(middle.x).toBeCloseTo((1280 - PANEL_WIDTH) / 2);
		expect(middle.y).toBeCloseTo(400);
	});

	it('brings a point to the middle, zoomed in at least as far as asked', () => {
		const camera = cameraOf();
		camera.centreOn({ x: 300, y: -50 }, 2);
		expect(camera.camera.k).toBe(2);
		expect(onScreen(camera.camera, { x: 300, y: -50 })).toEqual({ x: 640, y: 400 });
	});

	it('moves just enough to keep a point in sight, and not at all when it is', () => {
		const camera = cameraOf(LAPTOP, true);
		const before = camera.camera;
		camera.keepInSight({ x: 100, y: 100 });
		expect(camera.camera).toBe(before);
		camera.keepInSight({ x: 1200, y: 100 }); // under the panel
		expect(onScreen(camera.camera, { x: 1200, y: 100 }).x).toBeLessThan(1280 - PANEL_WIDTH);
		expect(camera.camera.k).toBe(before.k);
	});

	it('moves through the drawing’s pan and zoom once attached, and by itself once let go', () => {
		const camera = cameraOf();
		const { panZoom, moves, zooms } = fakePanZoom(camera);
		const letGo = camera.attach(panZoom);
		camera.moveTo({ x: 10, y: 20, k: 2 });
		expect(moves).toEqual([{ x: 10, y: 20, k: 2 }]);
		expect(camera.camera).toEqual({ x: 10, y: 20, k: 2 });
		camera.zoomBy(2);
		expect(zooms).toEqual([2]);
		expect(camera.camera.k).toBe(4);
		letGo();
		camera.moveTo({ x: 0, y: 0, k: 1 });
		expect(moves).toHaveLength(1);
		expect(camera.camera).toEqual({ x: 0, y: 0, k: 1 });
	});

	it('does not zoom without a drawing to zoom', () => {
		const camera = cameraOf();
		camera.zoomBy(2);
		expect(camera.camera).toEqual({ x: 0, y: 0, k: 1 });
	});

	it('keeps a newer pan and zoom when an older one lets go', () => {
		const camera = cameraOf();
		const older = fakePanZoom(camera);
		const newer = fakePanZoom(camera);
		const letGoOlder = camera.attach(older.panZoom);
		camera.attach(newer.panZoom);
		letGoOlder();
		camera.moveTo({ x: 5, y: 5, k: 1 });
		expect(newer.moves).toHaveLength(1);
		expect(older.moves).toHaveLength(0);
	});

	it('shows first the look a shared address asked for, instead of framing the graph', () => {
		const camera = new CameraState();
		camera.ask({ x: 100, y: 50, k: 2 });
		expect(camera.lookIsAsked).toBe(true);
		camera.resize(LAPTOP);
		camera.showFirst(() => bounds);
		expect(camera.look).toEqual({ x: 100, y: 50, k: 2 });
		expect(camera.lookIsAsked).toBe(false);
	});

	it('frames the graph first when no look was asked for', () => {
		const camera = cameraOf();
		camera.showFirst(() => bounds);
		expect(camera.look!.x).toBeCloseTo(0);
		expect(camera.look!.y).toBeCloseTo(0);
		expect(camera.lookIsAsked).toBe(false);
	});

	it('goes to an asked look at once when the first picture is already shown', () => {
		const camera = cameraOf();
		camera.showFirst(() => bounds);
		camera.ask({ x: -300, y: 0, k: 0.5 });
		expect(camera.look).toEqual({ x: -300, y: 0, k: 0.5 });
		expect(camera.lookIsAsked).toBe(false);
	});

	it('keeps an asked look for the first picture, however early it is asked', () => {
		const camera = cameraOf();
		camera.ask({ x: -300, y: 0, k: 0.5 });
		expect(camera.lookIsAsked).toBe(true);
		camera.showFirst(() => bounds);
		expect(camera.look).toEqual({ x: -300, y: 0, k: 0.5 });
	});

	it('says where it looks by the middle of the window, whatever the legend or the panel covers', () => {
		const covered = new CameraState(() => true);
		covered.resize(LAPTOP);
		covered.cover('legend', { left: 12, top: 400, right: 262, bottom: 788 });
		const open = new CameraState();
		open.resize(LAPTOP);
		for (const camera of [covered, open]) camera.moveTo({ x: 100, y: 40, k: 2 });
		expect(covered.look).toEqual(open.look);
	});
});

describe('CameraState keeping the graph framed', () => {
	const bounds = { minX: -600, minY: -300, maxX: 600, maxY: 300 };

	it('keeps the graph framed through a resize and the panel opening, until the analyst moves the camera', () => {
		const selection = new SelectionState();
		const camera = new CameraState(() => selection.current !== null);
		camera.resize({ width: 1440, height: 900 });
		camera.showFirst(() => bounds);
		expect(camera.framed).toBe(true);
		const wide = camera.camera;
		camera.resize({ width: 800, height: 700 });
		camera.reframe();
		expect(camera.camera.k).toBeLessThan(wide.k);
		// The graph's middle is in the middle of the clear area.
		const middle = (area: { left: number; right: number }) => (area.left + area.right) / 2;
		expect(camera.camera.x).toBeCloseTo(middle(camera.clearArea));
		selection.select({ kind: 'actor', id: 'un' });
		expect(camera.clearArea.right).toBe(800 - PANEL_WIDTH);
		camera.reframe();
		expect(camera.camera.x).toBeCloseTo(middle(camera.clearArea));

		camera.moved({ x: 10, y: 10, k: 1 }, true);
		expect(camera.framed).toBe(false);
		// Moved by the analyst, the camera keeps the point in the middle where it was.
		camera.resize({ width: 390, height: 844 });
		camera.reframe();
		expect(camera.camera).toEqual({ x: 10 + (390 - 800) / 2, y: 10 + (844 - 700) / 2, k: 1 });
	});

	it('pans by the keyboard, which stops framing', () => {
		const camera = new CameraState();
		camera.resize({ width: 1440, height: 900 });
		camera.showFirst(() => bounds);
		const { x, y, k } = camera.camera;
		camera.panBy(-80, 0);
		expect(camera.camera).toEqual({ x: x - 80, y, k });
		expect(camera.framed).toBe(false);
	});

	it('stops framing when the analyst zooms, finds an actor or asks for a place; Fit frames again', () => {
		const camera = new CameraState();
		camera.resize({ width: 1440, height: 900 });
		camera.showFirst(() => bounds);
		camera.zoomBy(2);
		expect(camera.framed).toBe(false);
		camera.fit(() => bounds);
		expect(camera.framed).toBe(true);
		camera.centreOn({ x: 50, y: 50 });
		expect(camera.framed).toBe(false);
	});

	it('shows an address’s camera as asked, not framed', () => {
		const camera = new CameraState();
		camera.ask({ x: 10, y: 20, k: 1.5 });
		camera.resize({ width: 1440, height: 900 });
		camera.showFirst(() => bounds);
		expect(camera.framed).toBe(false);
		expect(camera.look).toEqual({ x: 10, y: 20, k: 1.5 });
	});
});

describe('CameraState across drawings', () => {
	it('keeps the camera for a drawing shown again, as after the table', () => {
		const camera = new CameraState();
		camera.resize({ width: 1280, height: 800 });
		camera.showFirst(() => ({ minX: -100, minY: -100, maxX: 100, maxY: 100 }));
		camera.moved({ x: 300, y: 200, k: 2.5 }, true);
		const moves: Camera[] = [];
		camera.attach({
			moveTo: (next) => {
				moves.push(next);
				camera.moved(next);
			},
			zoomBy: () => {},
			destroy: () => {}
		});
		camera.showFirst(() => ({ minX: -100, minY: -100, maxX: 100, maxY: 100 }));
		expect(camera.camera).toEqual({ x: 300, y: 200, k: 2.5 });
		// The new drawing's pan and zoom starts from the camera as it was, not from nothing.
		expect(moves).toEqual([{ x: 300, y: 200, k: 2.5 }]);
	});
});
