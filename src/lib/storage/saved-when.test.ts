import { describe, expect, it } from 'vitest';
import { savedAt, savedWhen } from './saved-when';

describe('savedWhen', () => {
	const now = new Date(2025, 4, 20, 14, 30);
	const at = (...parts: [number, number, number, number, number]) =>
		new Date(...parts).toISOString();

	it('says "just now" within the minute', () => {
		expect(savedWhen(new Date(now.getTime() - 30_000).toISOString(), now)).toBe('Saved just now');
		expect(savedWhen(at(2025, 4, 20, 14, 29), now)).toBe('Saved today at 14:29');
	});

	it('gives the time for today and yesterday, in local time', () => {
		expect(savedWhen(at(2025, 4, 20, 9, 5), now)).toBe('Saved today at 09:05');
		expect(savedWhen(at(2025, 4, 19, 23, 59), now)).toBe('Saved yesterday at 23:59');
	});

	it('gives the date for anything older', () => {
		expect(savedWhen(at(2024, 9, 6, 12, 0), now)).toBe('Saved 6 Oct 2024');
	});

	it('says nothing for a date it cannot read', () => {
		expect(savedWhen('', now)).toBe('');
	});
});

describe('savedAt', () => {
	it('gives the day and time in full, and nothing for a broken time', () => {
		expect(savedAt(new Date(2026, 11, 2, 14, 5).toISOString())).toBe('2 Dec 2026, 14:05');
		expect(savedAt('not a time')).toBe('');
	});
});
