import { describe, expect, it } from 'vitest';
import { markButton } from './mark-button';

const key = (name: string) => {
	let prevented = false;
	return {
		event: { key: name, preventDefault: () => (prevented = true) } as unknown as KeyboardEvent,
		prevented: () => prevented
	};
};

describe('markButton', () => {
	it('is a focusable button, named and pressed as asked', () => {
		const button = markButton('China (state), 4 relations shown', true, () => {});
		expect(button).toMatchObject({
			role: 'button',
			tabindex: 0,
			'aria-label': 'China (state), 4 relations shown',
			'aria-pressed': true
		});
	});

	it('is activated by a click, Enter and Space, and by no other key', () => {
		let activated = 0;
		const button = markButton('x', false, () => (activated += 1));
		button.onclick();
		for (const name of ['Enter', ' ']) {
			const press = key(name);
			button.onkeydown(press.event);
			expect(press.prevented()).toBe(true);
		}
		const other = key('a');
		button.onkeydown(other.event);
		expect(other.prevented()).toBe(false);
		expect(activated).toBe(3);
	});
});
