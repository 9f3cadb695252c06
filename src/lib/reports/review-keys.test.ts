import { describe, expect, it } from 'vitest';
import { reviewAction } from './review-keys';

const press = (key: string, more: Partial<KeyboardEvent> = {}) => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...more
});

describe('reviewAction', () => {
	it('gives each action its key, in either case, and the arrows', () => {
		expect(
			['a', 'R', 'e', 'j', 'ArrowDown', 'K', 'ArrowUp'].map((key) =>
				reviewAction(press(key), false)
			)
		).toEqual(['accept', 'reject', 'edit', 'next', 'next', 'previous', 'previous']);
		expect(reviewAction(press('x'), false)).toBeUndefined();
		expect(reviewAction(press('Enter'), false)).toBeUndefined();
	});

	it('leaves keys with Ctrl, Cmd or Alt alone, and every key typed in a field', () => {
		expect(reviewAction(press('z', { ctrlKey: true }), false)).toBeUndefined();
		expect(reviewAction(press('a', { metaKey: true }), false)).toBeUndefined();
		expect(reviewAction(press('a', { altKey: true }), false)).toBeUndefined();
		expect(reviewAction(press('a'), true)).toBeUndefined();
		expect(reviewAction(press('ArrowDown'), true)).toBeUndefined();
	});
});
