import { describe, expect, it } from 'vitest';
import { pressKeys } from './mark-button';

const key = (name: string) => {
	let prevented = false;
	return {
		event: { key: name, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent,
		prevented: () => prevented
	};
};

describe('pressKeys', () => {
	it('presses a mark with Enter and Space, and with no other key', () => {
		let pressed = 0;
		const onkeydown = pressKeys(() => (pressed += 1));
		for (const name of ['Enter', ' ']) {
			const press = key(name);
			onkeydown(press.event);
			expect(press.prevented()).toBe(true);
		}
		const other = key('a');
		onkeydown(other.event);
		expect(other.prevented()).toBe(false);
		expect(pressed).toBe(2);
	});
});
