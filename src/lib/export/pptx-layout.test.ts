import { describe, expect, it } from 'vitest';
import { containIn, SLIDE, STEP } from './pptx-layout';

describe('containIn', () => {
	const box = { x: 36, y: 128, width: 500, height: 352 };

	it('fills the box along one side, keeps the picture’s proportions and centres it', () => {
		const wide = containIn(box, { width: 1000, height: 400 });
		expect(wide).toEqual({ x: 36, y: 128 + (352 - 200) / 2, width: 500, height: 200 });
		const tall = containIn(box, { width: 300, height: 600 });
		expect(tall.height).toBe(352);
		expect(tall.width / tall.height).toBeCloseTo(0.5);
		expect(tall.x + tall.width / 2).toBeCloseTo(36 + 250);
	});

	it('refuses a picture without a size', () => {
		expect(() => containIn(box, { width: 0, height: 10 })).toThrow(/width and a height/);
	});
});

describe('the step slide', () => {
	it('keeps its picture and words side by side within the slide', () => {
		expect(STEP.picture.x + STEP.picture.width).toBeLessThan(STEP.words.x);
		expect(STEP.words.x + STEP.words.width).toBeLessThanOrEqual(SLIDE.width);
		expect(STEP.picture.y + STEP.picture.height).toBeLessThanOrEqual(STEP.progress.y);
	});
});
