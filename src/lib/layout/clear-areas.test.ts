import { describe, expect, it } from 'vitest';
import { bestArea, clearAreas } from './clear-areas';

const laptop = { width: 1024, height: 700 };
const legend = { left: 12, top: 400, right: 262, bottom: 688 };
const timeLine = { left: 300, top: 640, right: 700, bottom: 688 };
const cameraButtons = { left: 972, top: 580, right: 1012, bottom: 688 };

describe('clearAreas', () => {
	it('is the whole view when nothing covers it', () => {
		expect(clearAreas(laptop)).toEqual([{ left: 0, top: 0, right: 1024, bottom: 700 }]);
	});

	it('leaves out the side panel or the bottom sheet', () => {
		expect(clearAreas(laptop, { panel: { side: 'right', size: 380 } })).toEqual([
			{ left: 0, top: 0, right: 644, bottom: 700 }
		]);
		expect(
			clearAreas({ width: 390, height: 700 }, { panel: { side: 'bottom', size: 385 } })
		).toEqual([{ left: 0, top: 0, right: 390, bottom: 315 }]);
	});

	it('gives the largest rectangles clear of every dock, the largest first', () => {
		const areas = clearAreas(laptop, { docks: [legend, timeLine, cameraButtons] });
		expect(areas[0]).toEqual({ left: 262, top: 0, right: 972, bottom: 640 });
		expect(areas).toContainEqual({ left: 0, top: 0, right: 1024, bottom: 400 });
		for (const area of areas) {
			for (const dock of [legend, timeLine, cameraButtons]) {
				const overlap =
					area.left < dock.right &&
					dock.left < area.right &&
					area.top < dock.bottom &&
					dock.top < area.bottom;
				expect(overlap).toBe(false);
			}
		}
	});

	it('ignores a dock hidden under the panel', () => {
		const areas = clearAreas(laptop, {
			panel: { side: 'right', size: 380 },
			docks: [{ left: 700, top: 600, right: 740, bottom: 690 }]
		});
		expect(areas).toEqual([{ left: 0, top: 0, right: 644, bottom: 700 }]);
	});
});

describe('bestArea', () => {
	const areas = clearAreas(laptop, { docks: [legend, timeLine, cameraButtons] });

	it('chooses the area that draws a graph largest: a tall graph beside the legend, a wide one above it', () => {
		const tall = { minX: 0, minY: 0, maxX: 300, maxY: 600 };
		const wide = { minX: 0, minY: 0, maxX: 1000, maxY: 300 };
		expect(bestArea(areas, tall)).toEqual({ left: 262, top: 0, right: 972, bottom: 640 });
		expect(bestArea(areas, wide)).toEqual({ left: 0, top: 0, right: 1024, bottom: 400 });
		expect(bestArea(areas)).toBe(areas[0]);
	});
});
