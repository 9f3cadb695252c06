import { describe, expect, it } from 'vitest';
import { stepForKey } from './step-keys';

describe('stepForKey', () => {
	it('goes on with →, ↓, Space and PageDown (what clickers send)', () => {
		for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) {
			expect(stepForKey({ key }, 2, 6), key).toBe(3);
		}
	});

	it('goes back with ←, ↑, Shift+Space and PageUp', () => {
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(stepForKey({ key }, 2, 6)).toBe(1);
		expect(stepForKey({ key: ' ', shiftKey: true }, 2, 6)).toBe(1);
	});

	it('stays within the story', () => {
		expect(stepForKey({ key: 'PageDown' }, 5, 6)).toBe(5);
		expect(stepForKey({ key: 'PageUp' }, 0, 6)).toBe(0);
	});

	it('jumps to the ends with Home and End, and to a step by its number', () => {
		expect(stepForKey({ key: 'Home' }, 3, 6)).toBe(0);
		expect(stepForKey({ key: 'End' }, 0, 6)).toBe(5);
		expect(stepForKey({ key: '3' }, 0, 6)).toBe(2);
		expect(stepForKey({ key: '0' }, 0, 12)).toBe(9);
		expect(stepForKey({ key: '7' }, 0, 6)).toBeUndefined();
	});

	it('leaves other keys and browser shortcuts alone', () => {
		expect(stepForKey({ key: 'a' }, 0, 6)).toBeUndefined();
		expect(stepForKey({ key: 'ArrowLeft', altKey: true }, 2, 6)).toBeUndefined();
		expect(stepForKey({ key: '1', ctrlKey: true }, 2, 6)).toBeUndefined();
	});
});
