import { describe, expect, it } from 'vitest';
import { stepChoice } from './step-choice';

describe('stepChoice', () => {
	it('moves down and up the list', () => {
		expect(stepChoice(0, 'ArrowDown', 3)).toBe(1);
		expect(stepChoice(2, 'ArrowUp', 3)).toBe(1);
	});

	it('goes round from the last to the first and back', () => {
		expect(stepChoice(2, 'ArrowDown', 3)).toBe(0);
		expect(stepChoice(0, 'ArrowUp', 3)).toBe(2);
	});

	it('stays at the first of an empty list', () => {
		expect(stepChoice(0, 'ArrowDown', 0)).toBe(0);
		expect(stepChoice(0, 'ArrowUp', 0)).toBe(0);
	});
});
