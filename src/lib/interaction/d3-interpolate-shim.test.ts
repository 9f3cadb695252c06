import { describe, expect, it } from 'vitest';
import { interpolateZoom } from './d3-interpolate-shim';

describe('interpolateZoom, as Ties moves a camera', () => {
	it('jumps straight to the end of the move, taking no time', () => {
		const move = interpolateZoom([0, 0, 100], [50, -20, 400]);
		expect(move(0)).toEqual([50, -20, 400]);
		expect(move(0.5)).toEqual([50, -20, 400]);
		expect(move.duration).toBe(0);
	});
});
