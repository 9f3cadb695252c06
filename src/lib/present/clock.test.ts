import { describe, expect, it } from 'vitest';
import { formatClock, formatElapsed } from './clock';

describe('the presenter’s clock', () => {
	it('tells the time of day in hours and minutes', () => {
		expect(formatClock(new Date(2024, 9, 6, 9, 5))).toBe('09:05');
	});

	it('counts the time since the briefing began', () => {
		expect(formatElapsed(0)).toBe('0:00');
		expect(formatElapsed(429_000)).toBe('7:09');
		expect(formatElapsed(3_723_000)).toBe('1:02:03');
		expect(formatElapsed(-5)).toBe('0:00');
	});
});
