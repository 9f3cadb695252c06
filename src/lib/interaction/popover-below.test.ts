import { describe, expect, it } from 'vitest';
import { placeBelow } from './popover-below';

// A button 80 px wide near the middle of a window 1000 px wide.
const button = { left: 500, right: 580, bottom: 40 };

describe('placeBelow', () => {
	it('puts the popover 6 px below its button', () => {
		expect(placeBelow(button, 160, 1000, 'start').top).toBe(46);
		expect(placeBelow(button, 160, 1000, 'end').top).toBe(46);
	});

	it('lines up the left edges (start) or the right edges (end)', () => {
		expect(placeBelow(button, 160, 1000, 'start')).toEqual({ top: 46, left: 500 });
		expect(placeBelow(button, 160, 1000, 'end')).toEqual({ top: 46, right: 420 });
	});

	it('keeps 8 px from the window edge the popover would run past', () => {
		const nearRight = { left: 900, right: 990, bottom: 40 };
		expect(placeBelow(nearRight, 160, 1000, 'start')).toEqual({ top: 46, left: 832 });
		const nearLeft = { left: 4, right: 60, bottom: 40 };
		expect(placeBelow(nearLeft, 300, 1000, 'end')).toEqual({ top: 46, right: 692 });
	});

	it('keeps 8 px from the edge it is aligned with', () => {
		expect(placeBelow({ left: 2, right: 40, bottom: 40 }, 160, 1000, 'start')).toMatchObject({
			left: 8
		});
		expect(placeBelow({ left: 960, right: 998, bottom: 40 }, 160, 1000, 'end')).toMatchObject({
			right: 8
		});
	});

	it('keeps the aligned edge in when the window is too narrow for the popover', () => {
		expect(placeBelow(button, 1200, 1000, 'start')).toMatchObject({ left: 8 });
		expect(placeBelow(button, 1200, 1000, 'end')).toMatchObject({ right: 8 });
	});

	it('lines up with the button as it is while its width is not known yet (0)', () => {
		expect(placeBelow(button, 0, 1000, 'start')).toEqual({ top: 46, left: 500 });
		expect(placeBelow(button, 0, 1000, 'end')).toEqual({ top: 46, right: 420 });
	});
});
