import { describe, expect, it } from 'vitest';
import { KEPT_NOTE, keepingNote, MAY_BE_CLEARED_NOTE } from './persistent-storage';

describe('keepingNote', () => {
	const storage = (persisted: boolean, grants: boolean) => {
		let asked = 0;
		return {
			persisted: async () => persisted,
			persist: async () => (asked++, grants),
			asked: () => asked
		};
	};

	it('asks the browser to keep the library, and says what it answered', async () => {
		const granting = storage(false, true);
		expect(await keepingNote(granting)).toBe(KEPT_NOTE);
		expect(granting.asked()).toBe(1);
		expect(await keepingNote(storage(false, false))).toBe(MAY_BE_CLEARED_NOTE);
	});

	it('asks nothing of a library already kept, and says nothing where the browser cannot tell', async () => {
		const kept = storage(true, false);
		expect(await keepingNote(kept)).toBe(KEPT_NOTE);
		expect(kept.asked()).toBe(0);
		expect(await keepingNote(undefined)).toBeUndefined();
		const failing = {
			persisted: () => Promise.reject(new Error('denied')),
			persist: async () => true
		};
		expect(await keepingNote(failing)).toBeUndefined();
	});
});
