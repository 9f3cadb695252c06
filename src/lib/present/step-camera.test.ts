import { describe, expect, it } from 'vitest';
import { boundsOf } from '$lib/layout/camera';
import type { Point } from '$lib/layout/point';
import { stepCamera } from './step-camera';

const picture = { width: 1040, height: 740 };

/** Whether every actor (with its name) lies inside the picture under a camera. */
function allInside(positions: Map<string, Point>, camera: { x: number; y: number; k: number }) {
	const b = boundsOf(positions.values());
	const left = b.minX * camera.k + camera.x;
	const right = b.maxX * camera.k + camera.x;
	const top = b.minY * camera.k + camera.y;
	const bottom = b.maxY * camera.k + camera.y;
	const slack = 1e-6;
	return (
		left >= -slack &&
		top >= -slack &&
		right <= picture.width + slack &&
		bottom <= picture.height + slack
	);
}

const small = new Map<string, Point>([
	['chn', { x: -120, y: 80 }],
	['prk', { x: 0, y: -100 }],
	['rus', { x: 90, y: 110 }],
	['un', { x: 230, y: 20 }]
]);

describe('stepCamera', () => {
	it('keeps a small network whole on every step', () => {
		for (const focus of [['chn', 'prk'], ['un'], ['rus', 'prk'], []]) {
			expect(allInside(small, stepCamera(small, new Set(focus), picture))).toBe(true);
		}
	});

	it('zooms no closer than the whole network allows, so actors keep their places', () => {
		const whole = stepCamera(small, new Set(), picture);
		const focused = stepCamera(small, new Set(['chn', 'prk']), picture);
		expect(focused.k).toBeCloseTo(whole.k, 10);
	});

	it('leans toward the focus where the picture has room to spare', () => {
		const wide = new Map<string, Point>([
			['a', { x: 0, y: 0 }],
			['b', { x: 60, y: 0 }]
		]);
		const left = stepCamera(wide, new Set(['a']), picture);
		const right = stepCamera(wide, new Set(['b']), picture);
		expect(allInside(wide, left) && allInside(wide, right)).toBe(true);
		// The camera moves so that the actor in focus stands nearer the middle.
		expect(left.x).toBeGreaterThanOrEqual(right.x);
	});

	it('frames the focus of a network too large to read whole', () => {
		const large = new Map<string, Point>();
		for (let i = 0; i < 400; i++)
			large.set(`a${i}`, { x: (i % 20) * 200, y: Math.floor(i / 20) * 200 });
		const camera = stepCamera(large, new Set(['a0', 'a1']), picture);
		const whole = stepCamera(large, new Set(), picture);
		expect(camera.k).toBeGreaterThan(whole.k * 2);
		const middle = { x: 100 * camera.k + camera.x, y: 0 * camera.k + camera.y };
		expect(middle.x).toBeCloseTo(picture.width / 2, 0);
	});
});
