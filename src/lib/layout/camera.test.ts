import { describe, expect, it } from 'vitest';
import {
	boundsOf,
	boundsOfXy,
	cameraFor,
	centreOn,
	fitCamera,
	keepInSight,
	lookOf
} from './camera';

describe('fitCamera', () => {
	const bounds = { minX: -100, minY: -50, maxX: 100, maxY: 50 };

	it('centres the graph in the viewport', () => {
		const camera = fitCamera(bounds, { width: 800, height: 600 }, { maxScale: 10 });
		expect(camera.x + camera.k * 0).toBe(400);
		expect(camera.y + camera.k * 0).toBe(300);
	});

	it('scales to the tighter side, keeping the margin', () => {
		const camera = fitCamera(bounds, { width: 440, height: 1000 }, { margin: 20, maxScale: 10 });
		expect(camera.k).toBe(2);
		expect(camera.x + camera.k * bounds.minX).toBe(20);
	});

	it('does not blow a small graph up beyond the largest scale', () => {
		expect(fitCamera(bounds, { width: 4000, height: 4000 }).k).toBe(1.25);
	});

	it('centres the graph in the clear area when part of the view is covered', () => {
		const area = { left: 300, top: 0, right: 1000, bottom: 600 };
		const camera = fitCamera(bounds, { width: 1000, height: 600 }, { area, maxScale: 1 });
		expect(camera.x).toBe(650);
		expect(camera.y).toBe(300);
	});

	it('shrinks a graph that does not fit a phone screen', () => {
		const camera = fitCamera(
			{ minX: 0, minY: 0, maxX: 1000, maxY: 400 },
			{ width: 390, height: 700 }
		);
		expect(camera.k).toBeLessThan(0.4);
		expect(camera.x + camera.k * 1000).toBeLessThanOrEqual(390 - 24 + 1e-9);
	});
});

describe('boundsOf', () => {
	it('includes the circles and the names below them', () => {
		const bounds = boundsOf([
			{ x: 0, y: 0 },
			{ x: 100, y: 10 }
		]);
		expect(bounds.minX).toBeLessThan(-26);
		expect(bounds.maxX).toBeGreaterThan(126);
		expect(bounds.minY).toBe(-26);
		expect(bounds.maxY).toBeGreaterThan(10 + 26);
	});

	it('gives a small box for an empty graph instead of infinities', () => {
		expect(boundsOf([])).toEqual({ minX: -1, minY: -1, maxX: 1, maxY: 1 });
	});
});

describe('keepInSight', () => {
	const camera = { x: 0, y: 0, k: 1 };
	const area = { left: 0, top: 0, right: 900, bottom: 700 };

	it('leaves the camera alone when the point is already in sight', () => {
		expect(keepInSight(camera, { x: 400, y: 300 }, area)).toBe(camera);
	});

	it('pans a point hidden under the panel back into the clear area', () => {
		const moved = keepInSight(camera, { x: 1100, y: 300 }, area);
		expect(1100 * moved.k + moved.x).toBe(900 - 48);
		expect(moved.y).toBe(0);
		expect(moved.k).toBe(1);
	});

	it('works at any zoom', () => {
		const zoomed = { x: -200, y: 100, k: 2 };
		const moved = keepInSight(zoomed, { x: 10, y: 400 }, area);
		expect(400 * moved.k + moved.y).toBe(700 - 48);
	});
});

describe('centreOn', () => {
	const area = { left: 200, top: 0, right: 1000, bottom: 600 };

	it('puts the point in the middle of the clear area', () => {
		const camera = centreOn({ x: 0, y: 0, k: 2 }, { x: 10, y: 20 }, area);
		expect(10 * camera.k + camera.x).toBe(600);
		expect(20 * camera.k + camera.y).toBe(300);
	});

	it('zooms in far enough for names to show, never out', () => {
		expect(centreOn({ x: 0, y: 0, k: 0.1 }, { x: 0, y: 0 }, area, 0.8).k).toBe(0.8);
		expect(centreOn({ x: 0, y: 0, k: 3 }, { x: 0, y: 0 }, area, 0.8).k).toBe(3);
	});
});

describe('boundsOfXy', () => {
	it('boxes places given as a flat array, padded', () => {
		expect(boundsOfXy([0, 0, 100, -50, 40, 20], 10)).toEqual({
			minX: -10,
			minY: -60,
			maxX: 110,
			maxY: 30
		});
	});

	it('gives no places a tiny box rather than an infinite one', () => {
		expect(boundsOfXy([], 10)).toEqual({ minX: -1, minY: -1, maxX: 1, maxY: 1 });
	});
});

describe('lookOf and cameraFor', () => {
	it('turn the camera into a look and back, whatever the window', () => {
		const area = { left: 200, top: 0, right: 900, bottom: 600 };
		const camera = { x: 130, y: -20, k: 1.5 };
		const look = lookOf(camera, area);
		expect(cameraFor(look, area)).toEqual(camera);
		// On a smaller window the same graph point is in the middle, at the same zoom.
		const phone = { left: 0, top: 0, right: 390, bottom: 700 };
		const there = cameraFor(look, phone);
		expect(look.x * there.k + there.x).toBeCloseTo(195);
		expect(look.y * there.k + there.y).toBeCloseTo(350);
	});
});
