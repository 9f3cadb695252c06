import { describe, expect, it } from 'vitest';
import { coverWithin } from './cover';

describe('coverWithin', () => {
	it('places a dock in the picture’s own pixels, whatever the page scrolled or the bar above it', () => {
		expect(
			coverWithin({ left: 20, top: 500, right: 270, bottom: 760 }, { left: 8, top: 52 })
		).toEqual({ left: 12, top: 448, right: 262, bottom: 708 });
	});
});
