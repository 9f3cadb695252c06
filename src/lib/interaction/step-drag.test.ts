import { describe, expect, it } from 'vitest';
import { dropPlace } from './step-drag';

const rows = [
	{ top: 0, bottom: 40 },
	{ top: 40, bottom: 80 },
	{ top: 80, bottom: 120 }
];

describe('dropPlace', () => {
	it('is the place of the row under the pointer', () => {
		expect(dropPlace(10, rows)).toBe(0);
		expect(dropPlace(50, rows)).toBe(1);
		expect(dropPlace(119, rows)).toBe(2);
	});

	it('is the first place above the list and the last below it', () => {
		expect(dropPlace(-30, rows)).toBe(0);
		expect(dropPlace(500, rows)).toBe(2);
		expect(dropPlace(5, [])).toBe(0);
	});
});
